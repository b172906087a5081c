namespace Huzhou.Credit.Collection.Domain;

/// <summary>
/// An overdue provider already told (<c>collection.provider-overdue</c> written to the outbox): one row per department,
/// item and lapsed period, so the nightly job writes each event once however often it runs.
/// </summary>
internal sealed class OverdueNotice
{
    public string DepartmentCode { get; set; } = "";

    public string ItemCode { get; set; } = "";

    /// <summary>The last day the delivery was due (last delivery + the period); null when the department never delivered the item.</summary>
    public DateOnly? DueOn { get; set; }

    public DateOnly? LastDeliveredOn { get; set; }

    public DateTimeOffset NoticedAt { get; set; }
}
