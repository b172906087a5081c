using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Features;

internal sealed record CatalogueSnapshot(
    DateTimeOffset LoadedAt,
    IReadOnlyList<CatalogueItemSummary> Items,
    IReadOnlyDictionary<string, CatalogueItemVersion> Current,
    IReadOnlyDictionary<(string Code, int Version), CatalogueItemVersion> Versions,
    PublicityRuleSet Rules,
    IReadOnlyList<PublicityRuleVersionInfo> RuleVersions);
