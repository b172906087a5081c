using System.Diagnostics;
using Huzhou.Credit.Integrity.Features;
using Huzhou.Credit.Integrity.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Integrity.Jobs;

/// <summary>
/// Nightly (02:30 Asia/Shanghai): recomputes the stored personal scores that are stale (records changed), of an older
/// model version or of an earlier day (records age out of the three years), and takes every active points scheme's
/// members' credit records into its events (the safety net behind the records event).
/// </summary>
internal sealed class IntegrityNightlyJob(IntegrityDbContext db, PersonalScores scores, PointsSchemes schemes, ILogger<IntegrityNightlyJob> logger)
{
    public const string JobId = "integrity:nightly";

    public async Task<(int Scores, int EventsAdded, int EventsRevoked)> RunAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var recomputed = 0;
        var after = 0L;
        while (true)
        {
            var due = await scores.DueAsync(after, 500, cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            foreach (var subjectId in due)
            {
                await scores.RefreshAsync(subjectId, cancellationToken);
                recomputed++;
            }

            after = due[^1];
        }

        int added = 0, revoked = 0;
        foreach (var scheme in await db.Schemes.AsNoTracking().Where(s => s.Active).ToListAsync(cancellationToken))
        {
            var (a, r) = await schemes.SyncRecordsAsync(scheme, null, cancellationToken);
            added += a;
            revoked += r;
        }

        logger.LogInformation("Integrity nightly: {Scores} personal scores recomputed, scheme events {Added} added and {Revoked} revoked from credit records in {Elapsed} ms",
            recomputed, added, revoked, watch.ElapsedMilliseconds);
        return (recomputed, added, revoked);
    }
}
