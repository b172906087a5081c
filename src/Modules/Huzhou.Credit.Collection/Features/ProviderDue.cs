using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// One provider of one item with an expected period: the last Shanghai day it delivered the item with accepted rows (null:
/// never), the last day the next delivery is due (null when never delivered), whether it is overdue (today after the due
/// day, or never delivered) and the calendar days since the due day.
/// </summary>
internal sealed record ProviderDue(
    string DepartmentCode,
    string ItemCode,
    string ItemName,
    DeliveryPeriod Period,
    DateOnly? LastDeliveredOn,
    DateOnly? DueOn,
    bool IsOverdue,
    int DaysOverdue);
