using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Dossier.Features;

/// <summary>
/// Puts the dossier together from every registered <see cref="IDossierSectionProvider"/>: the counts on the tabs
/// and one section's page. A section no provider fills shows 0 (e.g. 信用承诺 until the commitments module exists).
/// </summary>
internal sealed class DossierAssembler(IEnumerable<IDossierSectionProvider> providers, IDistrictDirectory districts, ICatalogue catalogue, DossierCache cache)
{
    public const int PageSize = 20;

    /// <summary>The catalogue item the provincial public credit evaluation is delivered as (one record per batch).</summary>
    public const string ProvincialEvaluationItem = WellKnownItems.ProvincialEvaluation.Code;

    /// <summary>
    /// The tabs and one section's page. The section asked for when it is one of the tabs, else the first tab with
    /// entries (so a dossier opens where there is something to read). Each provider is counted once.
    /// </summary>
    public Task<DossierPage> BuildAsync(long subjectId, DossierAudience audience, DossierSection? section, int page, CancellationToken cancellationToken) =>
        audience == DossierAudience.Public
            ? cache.GetOrBuildAsync(subjectId, section, page, () => AssembleAsync(subjectId, audience, section, page, cancellationToken), cancellationToken)
            : AssembleAsync(subjectId, audience, section, page, cancellationToken);

    private async Task<DossierPage> AssembleAsync(long subjectId, DossierAudience audience, DossierSection? section, int page, CancellationToken cancellationToken)
    {
        var counts = await CountsAsync(subjectId, audience, cancellationToken);
        var tabs = Tabs(counts);
        var current = section is { } s && DossierSections.Tabs.Contains(s)
            ? s
            : tabs.FirstOrDefault(t => t.Count > 0)?.Section ?? DossierSection.AdministrativeLicence;
        var entries = await SectionAsync(subjectId, current, audience, page, counts, PageSize, cancellationToken);
        return new DossierPage(tabs, current, entries)
        {
            ProvincialEvaluation = await ProvincialEvaluationAsync(subjectId, audience, counts, current == DossierSection.IndustryEvaluation && page <= 1 ? entries.Items : null, cancellationToken),
        };
    }

    /// <summary>
    /// The overview's “current public credit evaluation grade”: the newest record of <see cref="ProvincialEvaluationItem"/>
    /// in the 行业信用评价 section as this audience sees it — so the item's disclosure decides whether the public sees
    /// it (government sharing only, as seeded: staff only).
    /// </summary>
    private async Task<string?> ProvincialEvaluationAsync(
        long subjectId,
        DossierAudience audience,
        List<(IDossierSectionProvider Provider, IReadOnlyDictionary<DossierSection, long> Counts)> counts,
        IReadOnlyList<DossierEntry>? shown,
        CancellationToken cancellationToken)
    {
        if (counts.Sum(c => c.Counts.GetValueOrDefault(DossierSection.IndustryEvaluation)) == 0
            || await catalogue.GetCurrentAsync(ProvincialEvaluationItem, cancellationToken) is not { } item
            // No second section query on the public pages while the item is not disclosed to the public.
            || (audience == DossierAudience.Public && item.Disclosure != Disclosure.Public))
        {
            return null;
        }

        var entries = shown ?? (await SectionAsync(subjectId, DossierSection.IndustryEvaluation, audience, 1, counts, PageSize, cancellationToken)).Items;
        var latest = entries.FirstOrDefault(e => e.ItemName == item.Name);
        if (latest is null)
        {
            return null;
        }

        string? Field(string label) => latest.Fields.FirstOrDefault(f => f.Key == label).Value;
        var grade = Field(WellKnownItems.ProvincialEvaluation.Grade);
        if (string.IsNullOrWhiteSpace(grade))
        {
            return null;
        }

        var details = new[] { Field(WellKnownItems.ProvincialEvaluation.Score) is { Length: > 0 } score ? score + " 分" : null, Field(WellKnownItems.ProvincialEvaluation.Batch) is { Length: > 0 } batch ? batch + " 批次" : null }
            .Where(d => d is not null).ToList();
        return details.Count == 0 ? grade : $"{grade}（{string.Join("，", details)}）";
    }

    /// <summary>A district's Chinese name (the code itself when unknown).</summary>
    public async Task<string> DistrictNameAsync(string code, CancellationToken cancellationToken) =>
        (await districts.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == code)?.Name ?? code;

    /// <summary>Every tab with its newest <paramref name="perSection"/> entries (the credit report), counting each provider once.</summary>
    public async Task<IReadOnlyList<(DossierTab Tab, IReadOnlyList<DossierEntry> Entries)>> AllSectionsAsync(
        long subjectId, DossierAudience audience, int perSection, CancellationToken cancellationToken)
    {
        var counts = await CountsAsync(subjectId, audience, cancellationToken);
        var result = new List<(DossierTab, IReadOnlyList<DossierEntry>)>();
        foreach (var tab in Tabs(counts))
        {
            var entries = tab.Count == 0 ? [] : (await SectionAsync(subjectId, tab.Section, audience, 1, counts, perSection, cancellationToken)).Items;
            result.Add((tab, entries));
        }

        return result;
    }

    private async Task<List<(IDossierSectionProvider Provider, IReadOnlyDictionary<DossierSection, long> Counts)>> CountsAsync(
        long subjectId, DossierAudience audience, CancellationToken cancellationToken)
    {
        var result = new List<(IDossierSectionProvider, IReadOnlyDictionary<DossierSection, long>)>();
        foreach (var provider in providers)
        {
            result.Add((provider, await provider.CountAsync(subjectId, audience, cancellationToken)));
        }

        return result;
    }

    private static List<DossierTab> Tabs(List<(IDossierSectionProvider Provider, IReadOnlyDictionary<DossierSection, long> Counts)> counts) =>
        DossierSections.Tabs
            .Select(s => new DossierTab(s, DossierSections.Name(s), counts.Sum(c => c.Counts.GetValueOrDefault(s))))
            .ToList();

    /// <summary>
    /// Usually one provider fills a section and pages it itself; when several do (e.g. 黑名单 from the lists module
    /// and from catalogue items of that section), each is asked for its first <c>page × pageSize</c> entries and
    /// they are merged by date.
    /// </summary>
    private static async Task<PagedList<DossierEntry>> SectionAsync(
        long subjectId,
        DossierSection section,
        DossierAudience audience,
        int page,
        List<(IDossierSectionProvider Provider, IReadOnlyDictionary<DossierSection, long> Counts)> counts,
        int pageSize,
        CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var filled = counts.Where(c => c.Counts.GetValueOrDefault(section) > 0).ToList();
        switch (filled.Count)
        {
            case 0:
                return new PagedList<DossierEntry>([], page, pageSize, 0);
            case 1:
                return await filled[0].Provider.ListAsync(subjectId, section, audience, page, pageSize, cancellationToken);
        }

        var merged = new List<DossierEntry>();
        foreach (var (provider, _) in filled)
        {
            merged.AddRange((await provider.ListAsync(subjectId, section, audience, 1, page * pageSize, cancellationToken)).Items);
        }

        var items = merged.OrderByDescending(e => e.Date).Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return new PagedList<DossierEntry>(items, page, pageSize, filled.Sum(f => f.Counts.GetValueOrDefault(section)));
    }
}
