namespace Huzhou.Credit.Collection.Features;

/// <summary>One department's collection quality over a period: the three rates of the annual assessment.</summary>
internal sealed record DepartmentQuality(
    string DepartmentCode,
    int ItemsExpected,
    int ItemsReported,
    int Batches,
    long Received,
    long Accepted,
    long Rejected,
    long Timely,
    double AverageDelayDays)
{
    /// <summary>上报率: the department's catalogue items it delivered at least once in the period.</summary>
    public double ReportingRate => ItemsExpected == 0 ? 1 : (double)ItemsReported / ItemsExpected;

    /// <summary>合规率: rows that passed validation.</summary>
    public double ComplianceRate => Received == 0 ? 1 : (double)Accepted / Received;

    /// <summary>及时率: accepted rows delivered within the timeliness limit (working days, <see cref="DeliveryTimeliness"/>).</summary>
    public double TimelinessRate => Accepted == 0 ? 1 : (double)Timely / Accepted;
}
