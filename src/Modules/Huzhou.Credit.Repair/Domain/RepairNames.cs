using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Repair.Domain;

internal static class RepairNames
{
    public static string Status(RepairStatus status) => status switch
    {
        RepairStatus.Submitted => "待受理",
        RepairStatus.Accepted => "审核中",
        RepairStatus.Refused => "不予受理",
        RepairStatus.Approved => "审核通过，待执行",
        RepairStatus.Denied => "审核不通过",
        RepairStatus.Executed => "已修复",
        _ => status.ToString(),
    };

    public static string Step(RepairStepKind kind) => kind switch
    {
        RepairStepKind.Submitted => "提交申请",
        RepairStepKind.Accepted => "受理",
        RepairStepKind.Refused => "不予受理",
        RepairStepKind.Extended => "延长审核期限",
        RepairStepKind.Approved => "审核通过",
        RepairStepKind.Denied => "审核不通过",
        RepairStepKind.Executed => "执行修复",
        RepairStepKind.Reminded => "超期提醒",
        _ => kind.ToString(),
    };

    public static string Material(MaterialKind kind) => kind switch
    {
        MaterialKind.ApplicationForm => "信用修复申请书",
        MaterialKind.ProofOfFulfilment => "履行法定义务的证明材料",
        MaterialKind.CreditCommitment => "信用承诺书",
        MaterialKind.Licence => "营业执照复印件",
        MaterialKind.HandlerId => "经办人身份证明",
        _ => kind.ToString(),
    };

    /// <summary>A material as a natural person applying for himself is asked for it: no licence, his own ID instead of a handler's.</summary>
    public static string Material(MaterialKind kind, bool person) => person && kind == MaterialKind.HandlerId ? "申请人身份证明" : Material(kind);

    public static IReadOnlyList<MaterialKind> Required { get; } =
        [MaterialKind.ApplicationForm, MaterialKind.ProofOfFulfilment, MaterialKind.CreditCommitment, MaterialKind.Licence, MaterialKind.HandlerId];

    /// <summary>What a natural person files (no 营业执照; his own ID as 申请人身份证明).</summary>
    public static IReadOnlyList<MaterialKind> RequiredOfPerson { get; } =
        [MaterialKind.ApplicationForm, MaterialKind.ProofOfFulfilment, MaterialKind.CreditCommitment, MaterialKind.HandlerId];

    public static IReadOnlyList<MaterialKind> RequiredOf(bool person) => person ? RequiredOfPerson : Required;

    public static string PenaltyClass(short? penaltyClass) => PenaltyClass((Contracts.Catalogue.PenaltyClass?)penaltyClass);

    public static string PenaltyClass(Contracts.Catalogue.PenaltyClass? penaltyClass) =>
        penaltyClass is { } c ? CreditRecordNames.Of(c) : "未分类";
}
