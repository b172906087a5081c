using Hangfire;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Time;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Subjects.Jobs;

/// <summary>
/// Nightly: counts subjects by kind and district into <c>subject_count_snapshots</c>, one set-based
/// statement. Re-running on the same day replaces that day's counts, so the job is idempotent.
/// </summary>
internal sealed class SubjectCountSnapshotJob(SubjectsDbContext db, JobRuns runs, TimeProvider clock, ILogger<SubjectCountSnapshotJob> logger)
{
    public const string JobId = "subjects:count-snapshot";

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // One run at a time (ADR 0016): a run that finds another under way skips; a crash frees the lock at once.
        await using var run = await runs.TryStartAsync(JobId, "主体数量快照", cancellationToken);
        if (run is null)
        {
            logger.LogInformation("{Job}: another run is under way, this one skips", JobId);
            return;
        }

        var today = ShanghaiTime.Today(clock);
        var takenAt = clock.GetUtcNow();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var rows = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO credit.subject_count_snapshots (snapshot_date, kind, district_code, subject_count, taken_at)
            SELECT {today}, kind, district_code, count(*), {takenAt}
            FROM credit.subjects
            GROUP BY kind, district_code
            ON CONFLICT (snapshot_date, kind, district_code)
            DO UPDATE SET subject_count = EXCLUDED.subject_count, taken_at = EXCLUDED.taken_at
            """,
            cancellationToken);
        // Kinds or districts that emptied since an earlier run today must not keep a stale count.
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM credit.subject_count_snapshots WHERE snapshot_date = {today} AND taken_at < {takenAt}",
            cancellationToken);
        using (logger.BeginScope(new Dictionary<string, object> { ["Module"] = SubjectsDbContext.ModuleName }))
        {
            logger.LogInformation("Subject count snapshot for {SnapshotDate}: {Rows} rows", today, rows);
        }

        await run.CompleteAsync($"{today:yyyy-MM-dd}：{rows} 行", cancellationToken);
    }
}
