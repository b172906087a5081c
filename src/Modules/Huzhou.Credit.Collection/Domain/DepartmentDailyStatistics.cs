namespace Huzhou.Credit.Collection.Domain;

/// <summary>
/// Per department, item and day: what was delivered and how well, for the three rates of the annual
/// assessment (上报率 / 合规率 / 及时率). Written when a batch completes (its day, department and item
/// recomputed from the batches) and rebuilt nightly as the reconciliation.
/// </summary>
internal sealed class DepartmentDailyStatistics
{
    public DateOnly Day { get; set; }

    public string DepartmentCode { get; set; } = "";

    public string ItemCode { get; set; } = "";

    public int Batches { get; set; }

    public long Received { get; set; }

    /// <summary>Rows accepted (inserted + updated + unchanged).</summary>
    public long Accepted { get; set; }

    public long Rejected { get; set; }

    /// <summary>Accepted rows delivered within the timeliness limit (working days from decision to delivery).</summary>
    public long Timely { get; set; }

    /// <summary>Sum of working days from decision to delivery over accepted rows, for the average.</summary>
    public long DelayDaysTotal { get; set; }

    /// <summary>Accepted rows of older history (decided more than a year before delivery), outside the timeliness figures.</summary>
    public long HistoryRows { get; set; }
}
