using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// The dossier sections that come from credit records: each record belongs to the section its catalogue item
/// names (行政许可, 行政处罚, 证照信息 ...). For the public: items whose disclosure is public, records published,
/// active or corrected and within their publicity period (so repaired, revoked and expired records are gone), and
/// only fields the item marks public and not personal. Every query names the subject, so it reads one partition.
/// </summary>
internal sealed class RecordDossierSections(SubjectsDbContext db, ICatalogue catalogue, TimeProvider clock) : IDossierSectionProvider, IDoublePublicity
{
    public async Task<IReadOnlyDictionary<DossierSection, long>> CountAsync(long subjectId, DossierAudience audience, CancellationToken cancellationToken = default)
    {
        var items = await ItemsAsync(audience, cancellationToken);
        var codes = items.Keys.ToList();
        if (codes.Count == 0)
        {
            return new Dictionary<DossierSection, long>();
        }

        var counts = await Visible(subjectId, audience)
            .Where(r => codes.Contains(r.ItemCode))
            .GroupBy(r => r.ItemCode)
            .Select(g => new { Code = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return counts
            .GroupBy(c => items[c.Code].Section)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
    }

    public async Task<PagedList<DossierEntry>> ListAsync(long subjectId, DossierSection section, DossierAudience audience, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        var items = await ItemsAsync(audience, cancellationToken);
        var codes = items.Where(i => i.Value.Section == section).Select(i => i.Key).ToList();
        if (codes.Count == 0)
        {
            return new PagedList<DossierEntry>([], page, pageSize, 0);
        }

        var source = Visible(subjectId, audience).Where(r => codes.Contains(r.ItemCode));
        var total = await source.LongCountAsync(cancellationToken);
        // The page's keys first, from the dossier index alone (ix_credit_records_dossier holds the filter columns), then
        // only those rows: the payloads of the entries skipped or filtered out are never read from the heap.
        var pageIds = source
            .OrderByDescending(r => r.DecisionDate).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(r => r.Id);
        var rows = await db.CreditRecords.AsNoTracking()
            .Where(r => r.SubjectId == subjectId && pageIds.Contains(r.Id))
            .OrderByDescending(r => r.DecisionDate).ThenByDescending(r => r.Id)
            .ToListAsync(cancellationToken);

        var today = ShanghaiTime.Today(clock);
        var entries = new List<DossierEntry>(rows.Count);
        foreach (var r in rows)
        {
            entries.Add(await EntryAsync(r, items, audience, today, cancellationToken));
        }

        return new PagedList<DossierEntry>(entries, page, pageSize, total);
    }

    public async Task<PagedList<PublicityEntry>> ListAsync(
        IReadOnlyCollection<long> subjectIds, DossierSection section, string? departmentCode, DateOnly? from, DateOnly? to, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        var items = await ItemsAsync(DossierAudience.Public, cancellationToken);
        var codes = items.Where(i => i.Value.Section == section).Select(i => i.Key).ToList();
        var ids = subjectIds.Distinct().ToArray();
        if (codes.Count == 0 || ids.Length == 0)
        {
            return new PagedList<PublicityEntry>([], page, pageSize, 0);
        }

        var today = ShanghaiTime.Today(clock);
        var source = PubliclyVisible(db.CreditRecords.AsNoTracking().Where(r => ids.Contains(r.SubjectId)), today)
            .Where(r => codes.Contains(r.ItemCode));
        if (!string.IsNullOrWhiteSpace(departmentCode))
        {
            source = source.Where(r => r.ProviderDepartment == departmentCode);
        }

        if (from is { } f)
        {
            source = source.Where(r => r.DecisionDate >= f);
        }

        if (to is { } t)
        {
            source = source.Where(r => r.DecisionDate <= t);
        }

        var total = await source.LongCountAsync(cancellationToken);
        var rows = await source
            .OrderByDescending(r => r.DecisionDate).ThenByDescending(r => r.SubjectId).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        var entries = new List<PublicityEntry>(rows.Count);
        foreach (var r in rows)
        {
            entries.Add(new PublicityEntry(r.SubjectId, r.ProviderDepartment, await EntryAsync(r, items, DossierAudience.Public, today, cancellationToken)));
        }

        return new PagedList<PublicityEntry>(entries, page, pageSize, total);
    }

    /// <summary>
    /// A record as a dossier entry for the audience: labelled fields of its item version (the catalogue is held in
    /// memory, so a version lookup per entry costs nothing), status as of today, the record page for staff.
    /// </summary>
    private async Task<DossierEntry> EntryAsync(CreditRecord r, Dictionary<string, CatalogueItemSummary> items, DossierAudience audience, DateOnly today, CancellationToken cancellationToken)
    {
        var version = await catalogue.GetVersionAsync(r.ItemCode, r.ItemVersion, cancellationToken);
        return new DossierEntry(
            items[r.ItemCode].Name,
            r.SourceKey,
            r.DecisionDate,
            r.PublicityEnd,
            StatusName(r, today),
            Fields(r.Payload, version, audience),
            audience == DossierAudience.Staff ? $"/subjects/{r.SubjectId}/records/{r.Id}" : null);
    }

    /// <summary>
    /// The status as of today: an active record whose publicity ended before the nightly job marked it reads 公示期满,
    /// and one the department delivered as not for publicity reads 不予公示.
    /// </summary>
    internal static string StatusName(CreditRecord r, DateOnly today) =>
        r.Status == CreditRecordStatus.Active && r.PublicityEnd < today ? CreditRecordNames.Of(CreditRecordStatus.PublicityEnded)
        : r.Status == CreditRecordStatus.Active && !r.Published ? "不予公示"
        : CreditRecordNames.Of(r.Status);

    /// <summary>The fields an audience may see: for the public only those the item version marks public and not personal.</summary>
    internal static IReadOnlyList<KeyValuePair<string, string>> Fields(string payload, CatalogueItemVersion? version, DossierAudience audience)
    {
        if (version is null)
        {
            return audience == DossierAudience.Public ? [] : CreditRecordQueries.PayloadFields(payload);
        }

        var all = CreditRecordQueries.PayloadFields(payload, version.Fields);
        if (audience == DossierAudience.Staff)
        {
            return all;
        }

        var shown = version.Fields.Where(f => f.IsPublic && !f.IsPersonalData).Select(f => f.Label).ToHashSet(StringComparer.Ordinal);
        return all.Where(f => shown.Contains(f.Key)).ToList();
    }

    private IQueryable<CreditRecord> Visible(long subjectId, DossierAudience audience)
    {
        var source = db.CreditRecords.AsNoTracking().Where(r => r.SubjectId == subjectId);
        return audience == DossierAudience.Public ? PubliclyVisible(source, ShanghaiTime.Today(clock)) : source;
    }

    /// <summary>The public's rule: published, active or corrected, within the publicity period.</summary>
    private static IQueryable<CreditRecord> PubliclyVisible(IQueryable<CreditRecord> source, DateOnly today) =>
        source.Where(r => (r.Status == CreditRecordStatus.Active || r.Status == CreditRecordStatus.Corrected)
            && r.Published
            && (r.PublicityEnd == null || r.PublicityEnd >= today));

    /// <summary>The catalogue items an audience may see, by code.</summary>
    private async Task<Dictionary<string, CatalogueItemSummary>> ItemsAsync(DossierAudience audience, CancellationToken cancellationToken)
    {
        var items = await catalogue.ListItemsAsync(includeRetired: true, cancellationToken);
        return items
            .Where(i => i.Section != DossierSection.Overview && (audience == DossierAudience.Staff || i.Disclosure == Disclosure.Public))
            .GroupBy(i => i.ItemCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }
}
