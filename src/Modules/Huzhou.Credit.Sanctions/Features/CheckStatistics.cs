namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// Check statistics of a period. Without <paramref name="IncludesTestClients"/> the checks of test clients (测试客户端,
/// <c>IApiClientDirectory</c>) are left out of every row and total — <paramref name="TestChecksLeftOut"/> of them.
/// </summary>
internal sealed record CheckStatistics(
    int Days,
    IReadOnlyList<StatisticsRow> BySystem,
    IReadOnlyList<StatisticsRow> ByMatter,
    bool IncludesTestClients = false,
    long TestChecksLeftOut = 0);
