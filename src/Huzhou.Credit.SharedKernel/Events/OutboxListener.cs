using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.SharedKernel.Events;

/// <summary>
/// Wakes the dispatcher as soon as a transaction that wrote to the outbox commits (<c>LISTEN credit_outbox</c>), and
/// every 30 seconds regardless; the Hangfire minute job is the safety net when the connection drops. Off with
/// <c>Outbox:ListenerEnabled=false</c>.
/// </summary>
public sealed class OutboxListener(NpgsqlDataSource dataSource, OutboxDispatcher dispatcher, ILogger<OutboxListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Outbox.NotifyChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                try
                {
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        await dispatcher.DispatchPendingAsync(stoppingToken);
                        await connection.WaitAsync(TimeSpan.FromSeconds(30), stoppingToken);
                    }
                }
                finally
                {
                    // Pooled connections are not reset on return (see PlatformSetup): stop listening before this one goes back.
                    if (connection.State == System.Data.ConnectionState.Open)
                    {
                        await using var unlisten = new NpgsqlCommand("UNLISTEN *", connection);
                        await unlisten.ExecuteNonQueryAsync(CancellationToken.None);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // Started before the migrations ran (or on a database being dropped): nothing to dispatch yet.
                logger.LogDebug("Outbox table not there yet; retrying in 5 s");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Outbox listener lost its connection; retrying in 5 s");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
