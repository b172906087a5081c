using Hangfire;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Collection.Jobs;

/// <summary>The Collection module's Hangfire jobs.</summary>
internal sealed class CollectionJobs(
    CollectionDbContext db,
    BatchProcessor processor,
    NightlyFeeds feeds,
    CollectionStatistics statistics,
    OverdueProviders overdue,
    JobLocks locks,
    JobRuns runs,
    TimeProvider clock,
    ILogger<CollectionJobs> logger)
{
    public const string FeedsJobId = "collection:nightly-feeds";
    public const string StatisticsJobId = "collection:statistics";
    public const string OverdueJobId = "collection:overdue-providers";

    /// <summary>The Hangfire queue of batches, served by its own workers (<c>Collection:BatchConcurrency</c>).</summary>
    public const string BatchQueue = "batches";

    /// <summary>How often a worker writes the batch's heartbeat.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(5);

    /// <summary>The job lock of one batch: batches run side by side, each batch once.</summary>
    public static string BatchLockName(long batchId) => "collection:batch:" + batchId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Processes a queued batch from its stored file, under the batch's own job lock (ADR 0016): a second job for the
    /// same batch (enqueued twice, requeued by recovery while Hangfire re-fetched it) finds the lock held and skips, or
    /// finds the batch completed. While it runs, the lock's connection writes a heartbeat every few seconds; a crash
    /// stops both, and <see cref="BatchRecovery"/> requeues the batch. A re-run starts from the file again (the record
    /// store commits a batch at once and re-delivery is idempotent), so the end state is the same. A failed attempt is
    /// retried by the recovery, not by Hangfire (one mechanism, with the attempts counted on the batch).
    /// </summary>
    [Queue(BatchQueue)]
    [AutomaticRetry(Attempts = 0)]
    public async Task ProcessBatchAsync(long batchId, CancellationToken cancellationToken)
    {
        await using var lease = await locks.TryAcquireAsync(BatchLockName(batchId), cancellationToken);
        if (lease is null)
        {
            logger.LogInformation("Batch {BatchId} is being processed by another worker; this run skips", batchId);
            return;
        }

        await BeatAsync(lease, batchId, cancellationToken);
        var batch = await db.Batches.FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || batch.Status is BatchStatus.Completed or BatchStatus.Cancelled or BatchStatus.Draft)
        {
            logger.LogInformation("Batch {BatchId} needs no processing ({Status})", batchId, batch?.Status);
            return;
        }

        if (batch.StoredPath is null || !File.Exists(batch.StoredPath))
        {
            await processor.FailAsync(batch, "批次文件已不存在，无法处理，请重新上传。", cancellationToken);
            return;
        }

        // The heartbeat runs beside the processing on the lease's connection; if it cannot be written (the lock's
        // session is gone), the run stops: another worker may take the batch.
        using var leaseLost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopBeating = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = HeartbeatAsync(lease, batchId, leaseLost, stopBeating.Token);
        try
        {
            await using var stream = new FileStream(batch.StoredPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            await using var source = await RowSources.OpenAsync(stream, batch.FileName ?? batch.StoredPath, leaseLost.Token);
            var done = await processor.RunAsync(batchId, source, leaseLost.Token);
            if (done.Status == BatchStatus.Completed)
            {
                BatchIntake.DeleteFile(done);
            }
        }
        catch (TabularFileException ex)
        {
            await processor.FailAsync(batch, ex.Message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || (leaseLost.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            // Outages and bugs: the batch waits for the recovery to requeue it from the stored file.
            db.ChangeTracker.Clear();
            await db.Batches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, BatchStatus.Queued)
                .SetProperty(b => b.Error, "处理中断，系统将自动重试：" + ex.GetType().Name), CancellationToken.None);
            throw;
        }
        finally
        {
            await stopBeating.CancelAsync();
            await heartbeat;
        }
    }

    private static Task BeatAsync(JobLease lease, long batchId, CancellationToken cancellationToken) =>
        lease.ExecuteAsync("UPDATE credit.collection_batches SET heartbeat_at = now() WHERE id = $1", batchId, cancellationToken);

    private async Task HeartbeatAsync(JobLease lease, long batchId, CancellationTokenSource leaseLost, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await BeatAsync(lease, batchId, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Batch {BatchId}: heartbeat failed, the run stops", batchId);
            await leaseLost.CancelAsync();
        }
    }

    [AutomaticRetry(Attempts = 1)]
    public async Task NightlyFeedsAsync(CancellationToken cancellationToken)
    {
        await using var run = await runs.TryStartAsync(FeedsJobId, "夜间采集（投放目录与接口拉取）", cancellationToken);
        if (run is null)
        {
            logger.LogInformation("{Job}: another run is under way, this one skips", FeedsJobId);
            return;
        }

        var queued = await feeds.RunAsync(cancellationToken);
        await run.CompleteAsync($"{queued} 个批次已排队", cancellationToken);
    }

    /// <summary>Rebuilds the quality statistics, then drops the delivered cells of rejection reports past their keeping period.</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task StatisticsAsync(CancellationToken cancellationToken)
    {
        await using var run = await runs.TryStartAsync(StatisticsJobId, "采集质量统计重建", cancellationToken);
        if (run is null)
        {
            logger.LogInformation("{Job}: another run is under way, this one skips", StatisticsJobId);
            return;
        }

        await statistics.RebuildAsync(cancellationToken);
        var cleared = await ExpireReportCellsAsync(cancellationToken);
        await run.CompleteAsync($"统计已重建；{cleared} 行拒收报告原始内容到期清除", cancellationToken);
    }

    /// <summary>
    /// 逾期未报送: publishes each provider that has not delivered an item within the item's expected period as
    /// <c>collection.provider-overdue</c> through the outbox, once per department, item and lapsed period.
    /// </summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task OverdueProvidersAsync(CancellationToken cancellationToken)
    {
        await using var run = await runs.TryStartAsync(OverdueJobId, "逾期未报送检查", cancellationToken);
        if (run is null)
        {
            logger.LogInformation("{Job}: another run is under way, this one skips", OverdueJobId);
            return;
        }

        var published = await overdue.NotifyAsync(cancellationToken);
        await run.CompleteAsync($"{published} 条新的逾期未报送提醒", cancellationToken);
    }

    /// <summary>
    /// Rejection reports keep the delivered cells (personal data among them) for <see cref="RejectionReport.KeepDays"/>
    /// days after the batch finished; then only the row number and the reason remain.
    /// </summary>
    public async Task<int> ExpireReportCellsAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().AddDays(-RejectionReport.KeepDays);
        var expired = db.Batches.Where(b => b.FinishedAt != null && b.FinishedAt < before).Select(b => b.Id);
        var cleared = await db.Rejections.Where(r => r.Cells != null && expired.Contains(r.BatchId))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Cells, (byte[]?)null), cancellationToken);
        if (cleared > 0)
        {
            logger.LogInformation("Rejection reports: delivered cells of {Rows} rows past {Days} days removed", cleared, RejectionReport.KeepDays);
        }

        return cleared;
    }
}
