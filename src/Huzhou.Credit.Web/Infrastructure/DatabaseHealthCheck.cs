using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// Ready means the database answers, within a second: a probe waits at most one second for the answer, and a probe
/// that met a broken pooled connection clears the pool and asks once more on a fresh connection, so the answer follows
/// the database — unready while it is down, ready again as soon as it accepts connections (issue #24).
/// </summary>
internal sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await ProbeAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (DatabaseOutage.IsBrokenConnection(ex))
        {
            DatabaseOutage.ClearPools(dataSource);
            try
            {
                await ProbeAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception again) when (again is NpgsqlException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy("database unreachable", again);
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("database unreachable", ex);
        }
    }

    private async Task ProbeAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        await using var connection = await dataSource.OpenConnectionAsync(timeout.Token);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(timeout.Token);
    }
}
