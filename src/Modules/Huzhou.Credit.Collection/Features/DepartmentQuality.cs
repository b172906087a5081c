using Huzhou.Credit.Collection.Domain;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// One department's collection quality over a period: the three rates of the annual assessment. <c>HistoryRows</c> are the
/// accepted rows of older history (decided more than a year before delivery), counted apart, outside 及时率 and the average delay.
/// </summary>
internal sealed record DepartmentQuality(
    string DepartmentCode,
    int ItemsExpected,
    int ItemsReported,
    int Batches,
    long Received,
    long Accepted,
    long Rejected,
    long Timely,
    long HistoryRows,
    long DelayDaysTotal)
{
    /// <summary>上报率: the department's catalogue items it delivered at least once in the period.</summary>
    public double ReportingRate => ItemsExpected == 0 ? 1 : (double)ItemsReported / ItemsExpected;

    /// <summary>合规率: rows that passed validation.</summary>
    public double ComplianceRate => Received == 0 ? 1 : (double)Accepted / Received;

    /// <summary>Accepted rows decided within the last year of their delivery: the ones timeliness is measured on.</summary>
    public long TimedRows => Math.Max(0, Accepted - HistoryRows);

    /// <summary>及时率: accepted rows (not older history) delivered within the timeliness limit (working days, <see cref="DeliveryTimeliness"/>).</summary>
    public double TimelinessRate => TimedRows == 0 ? 1 : Math.Min(1, (double)Timely / TimedRows);

    /// <summary>The average working days from decision to delivery over the rows decided within the last year.</summary>
    public double AverageDelayDays => TimedRows == 0 ? 0 : (double)DelayDaysTotal / TimedRows;

    /// <summary>
    /// The ranking: the mean of the three rates. A rate with nothing to measure counts as met only for a department that
    /// delivered something (or had nothing to deliver): one that delivered nothing of what it provides scores 0, below every
    /// department that delivered, however badly (otherwise its two unmeasured rates would count as met and rank it first).
    /// </summary>
    public double Score => Received == 0 && ItemsExpected > 0 ? 0 : (ReportingRate + ComplianceRate + TimelinessRate) / 3;

    /// <summary>The quality of the rows of one department (all its items, or one item when <paramref name="expectedItems"/> is that item).</summary>
    public static DepartmentQuality Of(string departmentCode, IReadOnlyCollection<DepartmentDailyStatistics> rows, IReadOnlySet<string> expectedItems) => new(
        departmentCode,
        expectedItems.Count,
        expectedItems.Count(i => rows.Any(r => r.ItemCode == i && r.Batches > 0)),
        rows.Sum(r => r.Batches),
        rows.Sum(r => r.Received),
        rows.Sum(r => r.Accepted),
        rows.Sum(r => r.Rejected),
        rows.Sum(r => r.Timely),
        rows.Sum(r => r.HistoryRows),
        rows.Sum(r => r.DelayDaysTotal));
}
