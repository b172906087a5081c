using Huzhou.Credit.Catalogue.Domain;

namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Models;

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
