namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>Reward or punishment.</summary>
internal enum MeasureKind : short
{
    Reward = 1,
    Punishment = 2,
}

/// <summary>What a business system does when a measure applies (domain.md §5), strongest punishment first.</summary>
internal enum MeasureAction : short
{
    /// <summary>拦截: the matter may not proceed.</summary>
    Block = 1,

    /// <summary>限制: proceed under restrictions (e.g. no subsidy, stricter review).</summary>
    Restrict = 2,

    /// <summary>提示: proceed, the clerk is told.</summary>
    Warn = 3,

    /// <summary>激励: green channel, 容缺受理, simplified procedure, priority.</summary>
    Favour = 4,
}

/// <summary>The stages of handling a matter at which a business system asks (flags).</summary>
[Flags]
internal enum CheckStages : short
{
    None = 0,

    /// <summary>受理.</summary>
    Acceptance = 1,

    /// <summary>办理.</summary>
    Handling = 2,

    /// <summary>办结.</summary>
    Closing = 4,

    All = Acceptance | Handling | Closing,
}

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

/// <summary>A measure of the 措施清单.</summary>
internal sealed class Measure
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public MeasureKind Kind { get; set; }

    public MeasureAction Action { get; set; }

    public string LegalBasis { get; set; } = "";

    /// <summary>实施部门 (name).</summary>
    public string ImplementingDepartment { get; set; } = "";

    /// <summary>停用: no longer offered to new rules; a measure the rules in force still use cannot be retired.</summary>
    public bool Retired { get; set; }
}

/// <summary>A matter (办事事项) a business system handles and checks at.</summary>
internal sealed class Matter
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The department that handles it (code of the department directory).</summary>
    public string DepartmentCode { get; set; } = "";

    public MatterDomain Domain { get; set; }

    /// <summary>停用: checks naming it are answered 422 (the business system must use the matter that replaced it).</summary>
    public bool Retired { get; set; }
}

internal static class SanctionNames
{
    public static string Action(MeasureAction action) => action switch
    {
        MeasureAction.Block => "拦截",
        MeasureAction.Restrict => "限制",
        MeasureAction.Warn => "提示",
        MeasureAction.Favour => "激励",
        _ => action.ToString(),
    };

    public static string Domain(MatterDomain domain) => domain switch
    {
        MatterDomain.Approvals => "行政审批",
        MatterDomain.PublicResourceTrading => "公共资源交易",
        MatterDomain.FiscalFunds => "财政资金",
        MatterDomain.Procurement => "政府采购",
        MatterDomain.Honours => "评优评先",
        MatterDomain.CreditLoans => "信用贷款",
        MatterDomain.Supervision => "日常监管",
        _ => domain.ToString(),
    };

    public static string Stage(CheckStages stage) => stage switch
    {
        CheckStages.Acceptance => "受理",
        CheckStages.Handling => "办理",
        CheckStages.Closing => "办结",
        _ => string.Join("、", new[] { CheckStages.Acceptance, CheckStages.Handling, CheckStages.Closing }.Where(s => stage.HasFlag(s)).Select(Stage)),
    };
}
