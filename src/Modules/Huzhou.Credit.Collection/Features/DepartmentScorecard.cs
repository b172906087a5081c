namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// 部门归集质量报告卡: one department's three rates over the period, its trend by month, its items worst first, its most
/// common rejection reasons and its items overdue.
/// </summary>
internal sealed record DepartmentScorecard(
    string DepartmentCode,
    DateOnly From,
    DateOnly To,
    DepartmentQuality Quality,
    IReadOnlyList<MonthQuality> Months,
    IReadOnlyList<ItemQuality> Items,
    IReadOnlyList<RejectionReason> Reasons,
    IReadOnlyList<ProviderDue> Overdue,
    int TimelinessWorkingDays);
