using Hangfire;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Jobs;
using Huzhou.Credit.Lists.Persistence;
using Huzhou.Credit.SharedKernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Lists.Features;

/// <summary>
/// Puts interrupted list imports back in the queue (ADR 0016, as <c>BatchRecovery</c> does for collection batches). An
/// import is interrupted when it is running — or queued again after a failed attempt — its heartbeat has stopped, and
/// no session holds its job lock (a killed worker's lock went with its connection). It is queued again with a
/// compare-and-set on the status and heartbeat seen (two instances never queue it twice) and run from its stored file;
/// its writing is one transaction, so the re-run writes each entry once. A queued import that no worker took for a
/// while (its job lost) is queued again too. After <see cref="MaxAutomaticAttempts"/> starts it is marked 失败.
/// </summary>
internal sealed class ListImportRecovery(ListsDbContext db, JobLocks locks, IBackgroundJobClient jobs, TimeProvider clock, ILogger<ListImportRecovery> logger)
{
    public const int MaxAutomaticAttempts = 5;

    /// <summary>A queued import no worker has started within this time is queued again (its job may be lost).</summary>
    public static readonly TimeSpan QueuedTooLong = TimeSpan.FromMinutes(2);

    /// <summary>Queues the interrupted imports again; returns how many.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stale = now - ListImportLabels.InterruptedAfter;
        var candidates = await db.Imports.AsNoTracking()
            .Where(i => (i.Status == ListImportStatus.Running || i.Status == ListImportStatus.Queued) && (i.HeartbeatAt == null || i.HeartbeatAt < stale))
            .OrderBy(i => i.Id)
            .Take(100)
            .ToListAsync(cancellationToken);
        var requeued = 0;
        foreach (var import in candidates)
        {
            var seen = import.HeartbeatAt ?? import.ImportedAt;
            // A queued import waits: for a worker (QueuedTooLong), or after a failed attempt a little longer each time.
            if (import.Status == ListImportStatus.Queued
                && now - seen < (import.Attempts == 0 || import.Error is null ? QueuedTooLong : ListImportLabels.InterruptedAfter * import.Attempts))
            {
                continue;
            }

            if (await locks.IsHeldAsync(ListImportJob.LockName(import.Id), cancellationToken))
            {
                continue; // a live worker has it
            }

            if (import.Attempts >= MaxAutomaticAttempts)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (await Where(import).ExecuteUpdateAsync(s => s
                        .SetProperty(i => i.Status, ListImportStatus.Failed)
                        .SetProperty(i => i.Phase, ListImportPhase.None)
                        .SetProperty(i => i.FinishedAt, now)
                        .SetProperty(i => i.Error, $"处理已中断 {import.Attempts} 次，系统停止自动重试，请核对文件后重新上传"), cancellationToken) == 1)
                {
                    await db.ImportFiles.Where(f => f.ImportId == import.Id).ExecuteDeleteAsync(cancellationToken);
                    logger.LogWarning("List import {ImportId} interrupted {Attempts} times: marked failed", import.Id, import.Attempts);
                }

                await transaction.CommitAsync(cancellationToken);
                continue;
            }

            if (await Where(import).ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.Status, ListImportStatus.Queued)
                    .SetProperty(i => i.Phase, ListImportPhase.None)
                    .SetProperty(i => i.HeartbeatAt, now)
                    .SetProperty(i => i.Error, "处理中断，已自动重新排队"), cancellationToken) == 1)
            {
                jobs.Enqueue<ListImportJob>(j => j.RunAsync(import.Id, CancellationToken.None));
                logger.LogWarning("List import {ImportId} was interrupted ({Status}, heartbeat {Heartbeat:O}): queued again", import.Id, import.Status, import.HeartbeatAt);
                requeued++;
            }
        }

        return requeued;
    }

    /// <summary>The import as it was read: same status and heartbeat (the compare-and-set).</summary>
    private IQueryable<ListImport> Where(ListImport seen) =>
        db.Imports.Where(i => i.Id == seen.Id && i.Status == seen.Status && i.HeartbeatAt == seen.HeartbeatAt);
}
