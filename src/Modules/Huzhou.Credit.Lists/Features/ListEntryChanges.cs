using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Lists.Features;

/// <summary>
/// Entries of subjects that came into force or left a list since an instant (index on subject and status): an entry
/// decided (approved or imported in force) since then entered; one expired or removed and changed since then left.
/// </summary>
internal sealed class ListEntryChanges(ListsDbContext db) : IListEntryChanges
{
    private static readonly ListEntryStatus[] Approved = [ListEntryStatus.InForce, ListEntryStatus.Expired, ListEntryStatus.Removed, ListEntryStatus.RemovedEarly];

    private static readonly ListEntryStatus[] Closed = [ListEntryStatus.Expired, ListEntryStatus.Removed, ListEntryStatus.RemovedEarly];

    public async Task<IReadOnlyList<ListEntryChangeFact>> ChangesSinceAsync(IReadOnlyCollection<long> subjectIds, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var ids = subjectIds.Distinct().ToArray();
        var rows = await db.Entries.AsNoTracking()
            .Where(e => ids.Contains(e.SubjectId) && Approved.Contains(e.Status) && ((e.DecidedAt ?? e.ProposedAt) >= since || (Closed.Contains(e.Status) && e.UpdatedAt >= since)))
            .Join(db.ListTypes, e => e.ListTypeCode, t => t.Code, (e, t) => new { e.Id, e.SubjectId, e.ListTypeCode, t.Name, Black = t.Kind == ListKind.Black, e.Status, Decided = e.DecidedAt ?? e.ProposedAt, e.UpdatedAt })
            .ToListAsync(cancellationToken);
        var facts = new List<ListEntryChangeFact>();
        foreach (var r in rows)
        {
            if (r.Decided >= since)
            {
                facts.Add(new ListEntryChangeFact(r.SubjectId, r.Id, r.ListTypeCode, r.Name, r.Black, ListEntryChangeKind.Entered, r.Decided));
            }

            if (Closed.Contains(r.Status) && r.UpdatedAt >= since)
            {
                facts.Add(new ListEntryChangeFact(r.SubjectId, r.Id, r.ListTypeCode, r.Name, r.Black, ListEntryChangeKind.Left, r.UpdatedAt));
            }
        }

        return facts;
    }
}
