namespace Huzhou.Credit.Contracts.Collection;

/// <summary>One department's delivery counts over a period and the three rates they give (a rate with nothing to measure counts as met: 1).</summary>
/// <param name="DepartmentCode">The provider department.</param>
/// <param name="ItemsExpected">Current catalogue items naming it as a provider.</param>
/// <param name="ItemsReported">Of those, the items it delivered at least once in the period.</param>
/// <param name="Received">Rows received.</param>
/// <param name="Accepted">Rows accepted.</param>
/// <param name="Timely">Accepted rows delivered within the timeliness limit (working days).</param>
/// <param name="HistoryRows">Accepted rows of older history (decided more than a year before delivery), outside 及时率.</param>
public sealed record DeliveryQualityFigures(string DepartmentCode, int ItemsExpected, int ItemsReported, long Received, long Accepted, long Timely, long HistoryRows)
{
    /// <summary>上报率: <see cref="ItemsReported"/> / <see cref="ItemsExpected"/>.</summary>
    public double ReportingRate => ItemsExpected == 0 ? 1 : (double)ItemsReported / ItemsExpected;

    /// <summary>合规率: <see cref="Accepted"/> / <see cref="Received"/>.</summary>
    public double ComplianceRate => Received == 0 ? 1 : (double)Accepted / Received;

    /// <summary>The accepted rows timeliness is measured on (not older history).</summary>
    public long TimedRows => Math.Max(0, Accepted - HistoryRows);

    /// <summary>及时率: <see cref="Timely"/> / <see cref="TimedRows"/>.</summary>
    public double TimelinessRate => TimedRows == 0 ? 1 : Math.Min(1, (double)Timely / TimedRows);
}
