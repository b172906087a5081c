namespace Huzhou.Credit.Sanctions.Features;

/// <summary>Check statistics of a period.</summary>
internal sealed record CheckStatistics(int Days, IReadOnlyList<StatisticsRow> BySystem, IReadOnlyList<StatisticsRow> ByMatter);
