using Hangfire;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;
using Huzhou.Credit.Sanctions.Persistence;
using Huzhou.Credit.SharedKernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Sanctions.Jobs;

/// <summary>
/// Recomputes every subject's credit status in id order, <see cref="CreditStatusProjector.ChunkSize"/> subjects at a
/// time, recording a checkpoint after each chunk: a run stopped half-way (a crash, a deploy) resumes where it
/// stopped. Used after the demo seed, after a bulk load that bypassed the events, on demand, and weekly as a
/// reconciliation against anything an event missed.
/// </summary>
internal sealed class CreditStatusRebuildJob(
    SanctionsDbContext db,
    ISubjectDirectory subjects,
    CreditStatusProjector projector,
    JobRuns runs,
    TimeProvider clock,
    ILogger<CreditStatusRebuildJob> logger)
{
    public const string JobId = "sanctions:credit-status-rebuild";

    [AutomaticRetry(Attempts = 3)]
    public async Task<long> RunAsync(string startedBy, CancellationToken cancellationToken)
    {
        // One run at a time (ADR 0016): a run that finds another under way skips; a crash frees the lock at once.
        await using var job = await runs.TryStartAsync(JobId, "信用状态重建", cancellationToken);
        if (job is null)
        {
            logger.LogInformation("{Job}: another run is under way, this one skips", JobId);
            return 0;
        }

        var run = await db.CreditStatusRebuilds.Where(r => r.FinishedAt == null).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            run = new CreditStatusRebuild { StartedAt = clock.GetUtcNow(), StartedBy = startedBy };
            db.CreditStatusRebuilds.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            logger.LogInformation("Credit status rebuild {RebuildId} resumes after subject {SubjectId}", run.Id, run.LastSubjectId);
        }

        while (true)
        {
            var ids = await subjects.SubjectIdsAfterAsync(run.LastSubjectId, CreditStatusProjector.ChunkSize, cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            await projector.RefreshAsync(ids, cancellationToken);
            run.LastSubjectId = ids[^1];
            run.Subjects += ids.Count;
            await db.SaveChangesAsync(cancellationToken);
            await job.ProgressAsync(run.Subjects, checkpoint: $"主体 id {run.LastSubjectId} 之后", cancellationToken: cancellationToken);
        }

        run.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await job.CompleteAsync($"重建 {run.Id}：{run.Subjects} 个主体", cancellationToken);
        logger.LogInformation("Credit status rebuild {RebuildId}: {Subjects} subjects in {Seconds:0.0} s", run.Id, run.Subjects, (run.FinishedAt.Value - run.StartedAt).TotalSeconds);
        return run.Subjects;
    }
}
