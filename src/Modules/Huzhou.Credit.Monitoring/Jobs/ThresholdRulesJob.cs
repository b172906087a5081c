using Hangfire;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.SharedKernel.Jobs;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Monitoring.Jobs;

/// <summary>
/// Threshold rules (<see cref="ThresholdEvaluator"/>): <c>monitoring:threshold-rules</c> evaluates every enabled rule
/// nightly (04:00 Asia/Shanghai, after the collection statistics' reconciliation); <c>monitoring:threshold-rules-pending</c>
/// (every minute) evaluates the rules an event marked, once each. Both are singletons (ADR 0016): a run that finds the
/// lock held skips — the run under way does the same work, and a mark set meanwhile waits for the next minute.
/// </summary>
internal sealed class ThresholdRulesJob(ThresholdEvaluator evaluator, JobRuns runs, JobLocks locks, ILogger<ThresholdRulesJob> logger)
{
    public const string JobId = "monitoring:threshold-rules";

    public const string PendingJobId = "monitoring:threshold-rules-pending";

    [AutomaticRetry(Attempts = 3)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var run = await runs.TryStartAsync(JobId, "阈值规则夜间评估", cancellationToken);
        if (run is null)
        {
            logger.LogInformation("{Job}: another run is under way, this one skips", JobId);
            return 0;
        }

        var raised = await evaluator.EvaluateAllAsync(cancellationToken);
        await run.CompleteAsync($"新提醒 {raised} 条", cancellationToken);
        return raised;
    }

    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunPendingAsync(CancellationToken cancellationToken)
    {
        // The same lock as the nightly run: a marked rule is never evaluated by both at once.
        await using var lease = await locks.TryAcquireAsync(JobId, cancellationToken);
        if (lease is null)
        {
            return 0;
        }

        return await evaluator.EvaluatePendingAsync(cancellationToken);
    }
}
