using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Lists.Features;

/// <summary>Runs <see cref="ListImportRecovery"/> at start-up and every 15 seconds on a host that runs jobs.</summary>
internal sealed class ListImportRecoveryService(IServiceScopeFactory scopes, ILogger<ListImportRecoveryService> logger) : BackgroundService
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
                await scope.ServiceProvider.GetRequiredService<ListImportRecovery>().RecoverAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "List import recovery pass failed; the next one follows in {Seconds} s", Interval.TotalSeconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
