using Huzhou.Credit.Integrity.Domain;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>Redemptions of a period, counted by scenario, category, issuing city, level and day.</summary>
internal sealed record RedemptionReport(
    DateOnly From,
    DateOnly To,
    int Total,
    IReadOnlyList<(IncentiveScenario Scenario, int Local, int Partner)> ByScenario,
    IReadOnlyList<(string Category, int Count)> ByCategory,
    IReadOnlyList<(string City, int Count)> ByCity,
    IReadOnlyList<(int Level, int Count)> ByLevel,
    IReadOnlyList<(DateOnly Day, int Count)> ByDay);
