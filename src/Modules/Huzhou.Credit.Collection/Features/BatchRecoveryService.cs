using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// Runs <see cref="BatchRecovery"/> at start-up and every 15 seconds on a host that runs jobs, so a batch interrupted by
/// a crash is back in the queue within half a minute of the restart (or of another instance noticing).
/// </summary>
internal sealed class BatchRecoveryService(IServiceScopeFactory scopes, ILogger<BatchRecoveryService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BatchRecovery>().RecoverAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Batch recovery pass failed; the next one follows in {Seconds} s", Interval.TotalSeconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
