namespace Huzhou.Credit.Sanctions.Domain;

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
