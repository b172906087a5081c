using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Features;

/// <summary>Publicity periods from the rules kept as data; the rule set is prepared once per cache load.</summary>
internal sealed class PublicityCalculator(CatalogueCache cache) : IPublicityCalculator
{
    public PublicityPeriod Compute(CatalogueItemVersion item, DateOnly decisionDate, IReadOnlyDictionary<string, string> values, string providerDepartment)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(values);
        var rules = item.PublicityRule == PublicityRuleKind.PenaltyClass ? cache.Get().Rules : PublicityRuleSet.Empty;
        return rules.Compute(item, decisionDate, values, providerDepartment);
    }

    public PublicityPeriod Compute(CatalogueItemVersion item, DateOnly decisionDate, ReadOnlySpan<string?> values, string providerDepartment)
    {
        ArgumentNullException.ThrowIfNull(item);
        var rules = item.PublicityRule == PublicityRuleKind.PenaltyClass ? cache.Get().Rules : PublicityRuleSet.Empty;
        return rules.Compute(item, decisionDate, values, providerDepartment);
    }
}
