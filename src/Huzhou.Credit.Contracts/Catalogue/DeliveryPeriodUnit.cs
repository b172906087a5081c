namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>The unit of a <see cref="DeliveryPeriod"/>.</summary>
public enum DeliveryPeriodUnit : short
{
    /// <summary>Working days of the platform's calendar (<c>Contracts/Repair/IWorkingDays</c>): weekends and holidays off, 调休 days worked.</summary>
    WorkingDays = 1,

    /// <summary>Calendar months (1 每月, 3 每季度, 6 每半年, 12 每年).</summary>
    Months = 2,
}
