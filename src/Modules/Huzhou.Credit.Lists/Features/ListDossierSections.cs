using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Lists.Features;

/// <summary>
/// The dossier's 红名单 and 黑名单 sections. The public sees entries in force; staff see every entry but refused
/// proposals, each with its status.
/// </summary>
internal sealed class ListDossierSections(ListsDbContext db) : IDossierSectionProvider
{
    public async Task<IReadOnlyDictionary<DossierSection, long>> CountAsync(long subjectId, DossierAudience audience, CancellationToken cancellationToken = default)
    {
        var counts = await Visible(subjectId, audience)
            .Join(db.ListTypes, e => e.ListTypeCode, t => t.Code, (e, t) => t.Kind)
            .GroupBy(k => k)
            .Select(g => new { Kind = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => SectionOf(c.Kind), c => c.Count);
    }

    public async Task<PagedList<DossierEntry>> ListAsync(long subjectId, DossierSection section, DossierAudience audience, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        if (section is not (DossierSection.RedList or DossierSection.BlackList))
        {
            return new PagedList<DossierEntry>([], page, pageSize, 0);
        }

        var kind = section == DossierSection.RedList ? ListKind.Red : ListKind.Black;
        var source = Visible(subjectId, audience).Join(db.ListTypes.Where(t => t.Kind == kind), e => e.ListTypeCode, t => t.Code, (e, t) => new { Entry = e, Type = t });
        var total = await source.LongCountAsync(cancellationToken);
        var rows = await source.OrderByDescending(x => x.Entry.EffectiveFrom).ThenByDescending(x => x.Entry.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var entries = rows.Select(x => new DossierEntry(
            x.Type.Name,
            x.Entry.DocumentNumber,
            x.Entry.EffectiveFrom,
            x.Entry.ExpiresOn,
            ListEntryStatuses.DisplayName(x.Entry.Status),
            Fields(x.Entry, x.Type),
            audience == DossierAudience.Staff ? $"/lists/entries/{x.Entry.Id}" : null)).ToList();
        return new PagedList<DossierEntry>(entries, page, pageSize, total);
    }

    internal static IReadOnlyList<KeyValuePair<string, string>> Fields(ListEntry e, ListType t)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("名单类别", $"{t.Name}（{ListKinds.DisplayName(t.Kind)}）"),
            new("列入事由", e.Reason),
            new("认定依据", e.Basis),
            new("认定机关", e.DecidingAuthority),
            new("决定文书号", e.DocumentNumber),
            new("决定日期", e.DecisionDate.ToString("yyyy-MM-dd")),
            new("列入日期", e.EffectiveFrom.ToString("yyyy-MM-dd")),
            new("有效期至", e.ExpiresOn?.ToString("yyyy-MM-dd") ?? "长期"),
            new("状态", ListEntryStatuses.DisplayName(e.Status)),
        };
        if (e.ClosingReason is not null && e.Status is ListEntryStatus.Removed or ListEntryStatus.RemovedEarly)
        {
            fields.Add(new("移出理由", e.ClosingReason));
        }

        return fields;
    }

    /// <summary>
    /// What the public site (public dossier and <c>/public/lists</c>) will show of the entry once it is in force: the
    /// subject's name and code and every field of <see cref="Fields"/> but the status. The credit office confirms
    /// exactly these before approving a black-list entry.
    /// </summary>
    internal static IReadOnlyList<KeyValuePair<string, string>> PublicPreview(ListEntry e, ListType t) =>
    [
        new("主体名称", e.SubjectName),
        new("统一社会信用代码", e.SubjectCode),
        .. Fields(e, t).Where(f => f.Key != "状态"),
    ];

    private IQueryable<ListEntry> Visible(long subjectId, DossierAudience audience)
    {
        var source = db.Entries.AsNoTracking().Where(e => e.SubjectId == subjectId);
        return audience == DossierAudience.Public
            ? source.Where(e => e.Status == ListEntryStatus.InForce && !e.SubjectIsPerson)
            : source.Where(e => e.Status != ListEntryStatus.Rejected);
    }

    private static DossierSection SectionOf(ListKind kind) => kind == ListKind.Red ? DossierSection.RedList : DossierSection.BlackList;
}
