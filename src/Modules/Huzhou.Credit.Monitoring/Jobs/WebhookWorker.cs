using Huzhou.Credit.Monitoring.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Monitoring.Jobs;

/// <summary>
/// Runs <see cref="WebhookDispatcher"/> every <see cref="WebhookOptions.PollSeconds"/> seconds on a host that runs jobs.
/// The deliveries live in the database (queued in the alert's transaction), so a restart loses none: the next pass of
/// any instance sends what is due, and a delivery claimed by a process that died is taken again when its lease passes.
/// </summary>
internal sealed partial class WebhookWorker(IServiceScopeFactory scopes, IOptionsMonitor<WebhookOptions> options, ILogger<WebhookWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.CurrentValue.PollSeconds)));
        do
        {
            try
            {
                int sent;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    sent = await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().RunOnceAsync(stoppingToken);
                }
                while (sent >= options.CurrentValue.BatchSize && !stoppingToken.IsCancellationRequested);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPassFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook pass failed; the next one follows")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
