using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>A page of search results.</summary>
/// <param name="Results">The rows of this page.</param>
/// <param name="CountCapped">More matches than <see cref="SubjectSearch.CountCap"/>.</param>
/// <param name="Mode">How the query was read (code or name fragment).</param>
/// <param name="PersonsExcluded">No purpose was given, so natural persons were left out of the results.</param>
/// <param name="PurposeRequired">The search asked for persons (an ID number, or the person kind) without a purpose: nothing was searched.</param>
/// <param name="Purpose">The purpose stated for this search (audited), carried to the persons' pages.</param>
internal sealed record SearchPage(PagedList<SubjectSearchRow> Results, bool CountCapped, SearchMode Mode, bool PersonsExcluded = false, bool PurposeRequired = false, string? Purpose = null)
{
    public static SearchPage Empty { get; } = new(new PagedList<SubjectSearchRow>([], 1, SubjectSearch.PageSize, 0), false, SearchMode.None);

    /// <summary>The risk levels (风险提示) of the page's organisations the user may open the risk page of; others are absent.</summary>
    public IReadOnlyDictionary<long, RiskLevel> Risk { get; init; } = new Dictionary<long, RiskLevel>();
}
