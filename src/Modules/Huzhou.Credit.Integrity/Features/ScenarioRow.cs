using Huzhou.Credit.Integrity.Domain;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>An incentive scenario with its redemptions: all, by this city's codes, by partner cities' codes, in the last 30 days.</summary>
internal sealed record ScenarioRow(IncentiveScenario Scenario, int Total, int Local, int Partner, int LastThirtyDays);
