using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Dossier.Features;

/// <summary>One tab of the dossier with its count.</summary>
internal sealed record DossierTab(DossierSection Section, string Name, long Count);

/// <summary>The tabs and the page of the section shown.</summary>
internal sealed record DossierPage(IReadOnlyList<DossierTab> Tabs, DossierSection Current, PagedList<DossierEntry> Entries);

/// <summary>
/// Puts the dossier together from every registered <see cref="IDossierSectionProvider"/>: the counts on the tabs
/// and one section's page. A section no provider fills shows 0 (e.g. 红名单 until the lists module exists).
/// </summary>
internal sealed class DossierAssembler(IEnumerable<IDossierSectionProvider> providers, IDistrictDirectory districts)
{
    public const int PageSize = 20;

    /// <summary>
    /// The tabs and one section's page. The section asked for when it is one of the tabs, else the first tab with
    /// entries (so a dossier opens where there is something to read).
    /// </summary>
    public async Task<DossierPage> BuildAsync(long subjectId, DossierAudience audience, DossierSection? section, int page, CancellationToken cancellationToken)
    {
        var tabs = await TabsAsync(subjectId, audience, cancellationToken);
        var current = section is { } s && DossierSections.Tabs.Contains(s)
            ? s
            : tabs.FirstOrDefault(t => t.Count > 0)?.Section ?? DossierSection.AdministrativeLicence;
        var entries = await SectionAsync(subjectId, current, audience, page, cancellationToken);
        return new DossierPage(tabs, current, entries);
    }

    /// <summary>A district's Chinese name (the code itself when unknown).</summary>
    public async Task<string> DistrictNameAsync(string code, CancellationToken cancellationToken) =>
        (await districts.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == code)?.Name ?? code;

    public async Task<IReadOnlyList<DossierTab>> TabsAsync(long subjectId, DossierAudience audience, CancellationToken cancellationToken)
    {
        var totals = new Dictionary<DossierSection, long>();
        foreach (var provider in providers)
        {
            foreach (var (section, count) in await provider.CountAsync(subjectId, audience, cancellationToken))
            {
                totals[section] = totals.GetValueOrDefault(section) + count;
            }
        }

        return DossierSections.Tabs.Select(s => new DossierTab(s, DossierSections.Name(s), totals.GetValueOrDefault(s))).ToList();
    }

    /// <summary>
    /// One page of a section, from the first provider that has entries in it. One provider per section is the rule
    /// so far; several for one section would need a merge by date, which no section has yet.
    /// </summary>
    public async Task<PagedList<DossierEntry>> SectionAsync(long subjectId, DossierSection section, DossierAudience audience, int page, CancellationToken cancellationToken, int pageSize = PageSize)
    {
        foreach (var provider in providers)
        {
            var part = await provider.ListAsync(subjectId, section, audience, page, pageSize, cancellationToken);
            if (part.TotalCount > 0)
            {
                return part;
            }
        }

        return new PagedList<DossierEntry>([], Math.Max(1, page), pageSize, 0);
    }
}
