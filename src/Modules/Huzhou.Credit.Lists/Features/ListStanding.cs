using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Lists.Features;

/// <summary>Approved entries of subjects (index on subject and status), for the check API's credit status.</summary>
internal sealed class ListStanding(ListsDbContext db) : IListStanding
{
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<ListStandingEntry>>> ApprovedEntriesAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default)
    {
        var ids = subjectIds.Distinct().ToArray();
        var rows = await db.Entries.AsNoTracking()
            .Where(e => ids.Contains(e.SubjectId) && e.Status == ListEntryStatus.InForce)
            .Join(db.ListTypes, e => e.ListTypeCode, t => t.Code, (e, t) => new { e, t })
            .OrderByDescending(x => x.e.EffectiveFrom)
            .Select(x => new { x.e.SubjectId, Entry = new ListStandingEntry(x.t.Code, x.t.Name, x.t.Kind == ListKind.Black, x.e.DocumentNumber, x.e.DecidingAuthority, x.e.Basis, x.e.EffectiveFrom, x.e.ExpiresOn) })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.SubjectId).ToDictionary(g => g.Key, g => (IReadOnlyList<ListStandingEntry>)g.Select(r => r.Entry).ToList());
    }
}
