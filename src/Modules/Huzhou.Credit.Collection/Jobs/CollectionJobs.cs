using Hangfire;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Collection.Persistence;
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
    TimeProvider clock,
    ILogger<CollectionJobs> logger)
{
    public const string FeedsJobId = "collection:nightly-feeds";
    public const string StatisticsJobId = "collection:statistics";

    /// <summary>
    /// Processes a queued batch from its stored file. A crash or restart re-runs it from the start (the record
    /// store commits a batch at once and re-delivery is idempotent), so the end state is the same.
    /// </summary>
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task ProcessBatchAsync(long batchId, CancellationToken cancellationToken)
    {
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

        try
        {
            await using var stream = new FileStream(batch.StoredPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            await using var source = await RowSources.OpenAsync(stream, batch.FileName ?? batch.StoredPath, cancellationToken);
            var done = await processor.RunAsync(batchId, source, cancellationToken);
            if (done.Status == BatchStatus.Completed)
            {
                BatchIntake.DeleteFile(done);
            }
        }
        catch (TabularFileException ex)
        {
            await processor.FailAsync(batch, ex.Message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Outages and bugs: mark the batch, let Hangfire retry it from the stored file.
            db.ChangeTracker.Clear();
            await db.Batches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, BatchStatus.Queued)
                .SetProperty(b => b.Error, "处理中断，系统将自动重试：" + ex.GetType().Name), cancellationToken);
            throw;
        }
    }

    [AutomaticRetry(Attempts = 1)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public Task NightlyFeedsAsync(CancellationToken cancellationToken) => feeds.RunAsync(cancellationToken);

    /// <summary>Rebuilds the quality statistics, then drops the delivered cells of rejection reports past their keeping period.</summary>
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task StatisticsAsync(CancellationToken cancellationToken)
    {
        await statistics.RebuildAsync(cancellationToken);
        await ExpireReportCellsAsync(cancellationToken);
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
