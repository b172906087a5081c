using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel.Events;

namespace Huzhou.Credit.Contracts.Collection;

/// <summary>
/// A provider (a department the catalogue item names) has not delivered an item within the item's expected period
/// (<see cref="CatalogueItemSummary.ExpectedDelivery"/>): 逾期未报送. Written by the Collection module's nightly job
/// <c>collection:overdue-providers</c> through the outbox, once per department, item and lapsed period (the day the
/// delivery fell due): a provider still overdue the next night is not told again, one that delivers and lapses again
/// is. For a monitoring module to raise an alert to the department and the credit office.
/// </summary>
/// <param name="DepartmentCode">The provider's department code (e.g. <c>HZ-SJJ</c>).</param>
/// <param name="ItemCode">The catalogue item's code (e.g. <c>XZCF</c>).</param>
/// <param name="ItemName">The item's Chinese name, for the alert's text.</param>
/// <param name="PeriodCount">The expected period: how many <paramref name="PeriodUnit"/>s.</param>
/// <param name="PeriodUnit">Working days or months.</param>
/// <param name="LastDeliveredOn">The Shanghai day of the department's last delivery of the item with accepted rows, or null when it never delivered it.</param>
/// <param name="DueOn">The last day the next delivery was due (<paramref name="LastDeliveredOn"/> plus the period), or null when it never delivered.</param>
/// <param name="DetectedOn">The Shanghai day the job found the provider overdue.</param>
public sealed record ProviderOverdue(
    string DepartmentCode,
    string ItemCode,
    string ItemName,
    int PeriodCount,
    DeliveryPeriodUnit PeriodUnit,
    DateOnly? LastDeliveredOn,
    DateOnly? DueOn,
    DateOnly DetectedOn) : IIntegrationEvent
{
    /// <inheritdoc />
    public static string EventType => "collection.provider-overdue";
}
