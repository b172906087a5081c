using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Models;

internal sealed record CatalogueIndexViewModel(IReadOnlyList<CatalogueItemSummary> Items, DossierSection? Section, bool MayEdit);

internal sealed record VersionInfo(int Version, DateTimeOffset CreatedAt, string CreatedBy, string? ChangeNote);

internal sealed record CatalogueDetailsViewModel(CatalogueItem Item, CatalogueItemVersion Shown, IReadOnlyList<VersionInfo> History, bool MayEdit)
{
    public bool IsCurrent => Shown.Version == Item.CurrentVersion;
}

internal sealed record ItemEditViewModel(ItemForm Form, bool IsNew, int? CurrentVersion);

internal sealed record RetireViewModel(CatalogueItem Item, RetireForm Form);

internal sealed record PublicityRulesViewModel(
    IReadOnlyList<PublicityRuleVersion> Versions,
    IReadOnlyList<PublicityRulePeriod> Periods,
    IReadOnlyList<PenaltyClassMapping> Mappings,
    MappingForm Form,
    bool MayEdit)
{
    public static IReadOnlyList<string> PenaltyKinds { get; } =
        [PenaltyClassMapping.AnyKind, .. Seed.StandardItems.PenaltyKinds.Select(k => k.Label)];

    public static string Months(int? months) => months switch
    {
        null => "—",
        var m when m % 12 == 0 => $"{m / 12} 年",
        var m => $"{m} 个月",
    };
}
