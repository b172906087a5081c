using Hangfire;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// Puts interrupted batches back in the queue (ADR 0016). A batch processed from its stored file is interrupted when it
/// is 处理中 — or queued again after a failed attempt — its heartbeat has stopped, and no session holds its job lock
/// (a killed worker's lock went with its connection). It is requeued (status compare-and-set on the heartbeat seen, so
/// two instances never requeue it twice) and re-run from its stored file: the record store commits a batch at once and
/// re-delivery is idempotent, so each row is stored once. After <see cref="MaxAutomaticAttempts"/> starts it is
/// marked failed instead, for the credit office to look at and requeue on the batch page.
/// </summary>
internal sealed class BatchRecovery(CollectionDbContext db, JobLocks locks, IBackgroundJobClient jobs, TimeProvider clock, ILogger<BatchRecovery> logger)
{
    public const int MaxAutomaticAttempts = 10;

    /// <summary>Requeues the interrupted batches; returns how many.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidates = await db.Batches.AsNoTracking()
            .Where(CollectionBatch.InterruptedAt(now))
            .OrderBy(b => b.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        var requeued = 0;
        foreach (var batch in candidates)
        {
            // A failed attempt waits a little longer each time (15 s, 30 s, …), so an outage does not use up the attempts at once.
            if (batch.Status == BatchStatus.Queued && now - batch.HeartbeatAt < BatchLabels.InterruptedAfter * Math.Max(1, batch.Attempts))
            {
                continue;
            }

            if (await locks.IsHeldAsync(CollectionJobs.BatchLockName(batch.Id), cancellationToken))
            {
                continue; // a live worker has it (a long merge between heartbeats, or another instance)
            }

            if (batch.Attempts >= MaxAutomaticAttempts)
            {
                var failed = await Where(batch).ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, BatchStatus.Failed)
                    .SetProperty(b => b.FinishedAt, now)
                    .SetProperty(b => b.Error, $"处理已中断 {batch.Attempts} 次，系统停止自动重试。请核对文件后由信用办在批次页面重新排队。"), cancellationToken);
                if (failed == 1)
                {
                    logger.LogWarning("Batch {BatchId} interrupted {Attempts} times: marked failed", batch.Id, batch.Attempts);
                }

                continue;
            }

            if (await Where(batch).ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, BatchStatus.Queued)
                    .SetProperty(b => b.HeartbeatAt, now)
                    .SetProperty(b => b.Error, "处理中断，等待自动恢复（已重新排队）。"), cancellationToken) == 1)
            {
                jobs.Enqueue<CollectionJobs>(j => j.ProcessBatchAsync(batch.Id, CancellationToken.None));
                logger.LogWarning("Batch {BatchId} was interrupted ({Status}, heartbeat {Heartbeat:O}): requeued", batch.Id, batch.Status, batch.HeartbeatAt);
                requeued++;
            }
        }

        return requeued;
    }

    /// <summary>
    /// The credit office's requeue (batch page): a failed batch, or one that reads as interrupted, goes back in the queue
    /// with fresh automatic attempts. Refused while a worker holds the batch, or when its file is gone.
    /// </summary>
    public async Task<Result> RequeueAsync(long batchId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var batch = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || !(batch.Status == BatchStatus.Failed || batch.LooksInterrupted(now)))
        {
            return Result.Failure("只有失败或处理中断的批次可以重新排队。");
        }

        if (batch.StoredPath is null || !File.Exists(batch.StoredPath))
        {
            return Result.Failure("批次文件已不存在，无法重新处理，请报送部门重新上传。");
        }

        if (await locks.IsHeldAsync(CollectionJobs.BatchLockName(batch.Id), cancellationToken))
        {
            return Result.Failure("该批次正在处理中，无需重新排队。");
        }

        if (await Where(batch).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, BatchStatus.Queued)
                .SetProperty(b => b.HeartbeatAt, now)
                .SetProperty(b => b.Attempts, 0)
                .SetProperty(b => b.FinishedAt, (DateTimeOffset?)null)
                .SetProperty(b => b.Error, (string?)null), cancellationToken) != 1)
        {
            return Result.Failure("批次状态已变化，请刷新后再试。");
        }

        jobs.Enqueue<CollectionJobs>(j => j.ProcessBatchAsync(batch.Id, CancellationToken.None));
        return Result.Success();
    }

    /// <summary>The batch as it was read: same status and heartbeat (the compare-and-set).</summary>
    private IQueryable<CollectionBatch> Where(CollectionBatch seen) =>
        db.Batches.Where(b => b.Id == seen.Id && b.Status == seen.Status && b.HeartbeatAt == seen.HeartbeatAt);
}
