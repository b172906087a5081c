using Huzhou.Credit.Catalogue.Domain;

namespace Huzhou.Credit.Catalogue.Features;

/// <summary>The publicity rules page: rule versions, their periods and the penalty class mapping (active first).</summary>
internal sealed record PublicityRuleTables(IReadOnlyList<PublicityRuleVersion> Versions, IReadOnlyList<PublicityRulePeriod> Periods, IReadOnlyList<PenaltyClassMapping> Mappings);
