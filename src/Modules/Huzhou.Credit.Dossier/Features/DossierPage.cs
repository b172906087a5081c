using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Dossier.Features;

/// <summary>The tabs and the page of the section shown, with the provincial evaluation when the audience may see one.</summary>
internal sealed record DossierPage(IReadOnlyList<DossierTab> Tabs, DossierSection Current, PagedList<DossierEntry> Entries)
{
    /// <summary>The latest 浙江省公共信用评价 (e.g. “良好（812.5 分，202610 批次）”), or null.</summary>
    public string? ProvincialEvaluation { get; init; }
}
