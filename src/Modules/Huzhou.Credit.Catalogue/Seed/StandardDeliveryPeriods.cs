using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Seed;

/// <summary>
/// The standard items' expected delivery periods (应报送周期), seeded while nobody has set one: 双公示 (行政处罚, 行政许可)
/// within 7 working days of the decision; registrations within 5; random inspections within 20 (their standard); lists,
/// certificates and evaluations monthly or quarterly; industry evaluations yearly. 信用承诺 and 违背信用承诺 come from the
/// platform's own commitment workflows, so they are not watched.
/// </summary>
internal static class StandardDeliveryPeriods
{
    public static IReadOnlyDictionary<string, DeliveryPeriod> All { get; } = new Dictionary<string, DeliveryPeriod>(StringComparer.Ordinal)
    {
        ["XZXK"] = new(7, DeliveryPeriodUnit.WorkingDays),
        ["XZCF"] = new(7, DeliveryPeriodUnit.WorkingDays),
        ["SCZTDJ"] = new(5, DeliveryPeriodUnit.WorkingDays),
        ["SSJCC"] = new(20, DeliveryPeriodUnit.WorkingDays),
        ["HMD"] = new(1, DeliveryPeriodUnit.Months),
        ["SXMD"] = new(3, DeliveryPeriodUnit.Months),
        ["ZZXX"] = new(1, DeliveryPeriodUnit.Months),
        ["ZYFW"] = new(3, DeliveryPeriodUnit.Months),
        ["GGXYPJ"] = new(1, DeliveryPeriodUnit.Months),
        ["HYXYPJ"] = new(12, DeliveryPeriodUnit.Months),
        ["BZRY"] = new(3, DeliveryPeriodUnit.Months),
        ["QSXX"] = new(3, DeliveryPeriodUnit.Months),
    };
}
