using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

internal sealed class SubjectStatistics(SubjectsDbContext db) : ISubjectStatistics
{
    public async Task<SubjectCountSnapshot?> GetLatestSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var latest = await db.CountSnapshots.AsNoTracking()
            .OrderByDescending(r => r.SnapshotDate)
            .Select(r => (DateOnly?)r.SnapshotDate)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return null;
        }

        var rows = await db.CountSnapshots.AsNoTracking().Where(r => r.SnapshotDate == latest).ToListAsync(cancellationToken);
        return new SubjectCountSnapshot(
            rows.Max(r => r.TakenAt),
            rows.Select(r => new SubjectCountRow(r.Kind, r.DistrictCode, r.SubjectCount)).ToList());
    }
}
