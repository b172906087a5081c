namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>Fields of government business a matter belongs to (matter domains of domain.md §5).</summary>
internal enum MatterDomain : short
{
    /// <summary>行政审批.</summary>
    Approvals = 1,

    /// <summary>公共资源交易.</summary>
    PublicResourceTrading = 2,

    /// <summary>财政资金.</summary>
    FiscalFunds = 3,

    /// <summary>政府采购.</summary>
    Procurement = 4,

    /// <summary>评优评先.</summary>
    Honours = 5,

    /// <summary>信用贷款.</summary>
    CreditLoans = 6,

    /// <summary>日常监管.</summary>
    Supervision = 7,
}
