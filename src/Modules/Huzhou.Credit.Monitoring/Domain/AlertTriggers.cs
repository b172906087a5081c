namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>The triggers' Chinese names.</summary>
internal static class AlertTriggers
{
    public static string Name(AlertTrigger trigger) => trigger switch
    {
        AlertTrigger.NewBadRecord => "新增失信记录",
        AlertTrigger.PublicityEnded => "记录公示期满",
        AlertTrigger.BlackListEntered => "列入黑名单",
        AlertTrigger.BlackListLeft => "移出黑名单",
        AlertTrigger.RedListEntered => "列入红名单",
        AlertTrigger.GradeDown => "评价等级下降",
        AlertTrigger.GradeUp => "评价等级上升",
        AlertTrigger.Deregistered => "主体注销",
        AlertTrigger.Revoked => "主体吊销",
        AlertTrigger.PendingSubjectCreated => "关注代码已建档（待核实）",
        AlertTrigger.ProviderOverdue => "逾期未报送",
        AlertTrigger.CommitmentBreached => "违背信用承诺",
        AlertTrigger.RepairExecuted => "信用修复完成",
        AlertTrigger.ObjectionFiled => "提出异议申诉",
        AlertTrigger.BecameRepairable => "可申请信用修复",
        AlertTrigger.ThresholdRule => "阈值规则预警",
        AlertTrigger.Summary => "批量变动汇总",
        _ => trigger.ToString(),
    };
}
