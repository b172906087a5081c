namespace Huzhou.Credit.Contracts.Monitoring;

/// <summary>
/// An organisation's risk signal level (风险提示等级), computed by the Monitoring module from its recent bad records, lists
/// in force, industry grades and breached commitments (the rule: <c>docs/modules/monitoring.md</c> § Risk signals).
/// Ordered: a higher value is a higher risk.
/// </summary>
public enum RiskLevel
{
    /// <summary>无: nothing counts.</summary>
    None = 0,

    /// <summary>低: only older facts still count (bad records 12–36 months old, an older breach).</summary>
    Low = 1,

    /// <summary>中: a recent 一般 bad record, a recent breached commitment or a second-lowest grade.</summary>
    Medium = 2,

    /// <summary>高: a black list entry in force, a recent 严重 bad record, three recent 一般 ones or a lowest grade.</summary>
    High = 3,
}
