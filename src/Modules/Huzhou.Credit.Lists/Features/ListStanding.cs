using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Lists.Features;

/// <summary>The entries in force for a subject (index on subject and status), for the check rules.</summary>
internal sealed class ListStanding(ListsDbContext db, TimeProvider clock) : IListStanding
{
    /// <summary>An entry past its validity no longer counts, even before the nightly job marks it 已到期.</summary>
    public async Task<IReadOnlyList<ListStandingEntry>> InForceAsync(long subjectId, CancellationToken cancellationToken = default)
    {
        var today = Huzhou.Credit.SharedKernel.Time.ShanghaiTime.Today(clock);
        return await db.Entries.AsNoTracking()
            .Where(e => e.SubjectId == subjectId && e.Status == ListEntryStatus.InForce && (e.ExpiresOn == null || e.ExpiresOn >= today))
            .Join(db.ListTypes, e => e.ListTypeCode, t => t.Code, (e, t) => new { e, t })
            .OrderByDescending(x => x.e.EffectiveFrom)
            .Select(x => new ListStandingEntry(x.t.Code, x.t.Name, x.t.Kind == ListKind.Black, x.e.DocumentNumber, x.e.DecidingAuthority, x.e.Basis, x.e.EffectiveFrom, x.e.ExpiresOn))
            .ToListAsync(cancellationToken);
    }

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
