namespace Huzhou.Credit.Commitments.Domain;

internal static class CommitmentNames
{
    public const string ItemCode = Contracts.Catalogue.WellKnownItems.Commitment.Code;

    public const string BreachItemCode = Contracts.Catalogue.WellKnownItems.CommitmentBreach.Code;

    public static string Type(CommitmentType type) => type switch
    {
        CommitmentType.ApprovalSubstitution => "审批替代型",
        CommitmentType.Proactive => "主动型",
        CommitmentType.IndustrySelfDiscipline => "行业自律型",
        CommitmentType.Repair => "信用修复型",
        _ => type.ToString(),
    };

    public static string Status(CommitmentStatus status) => status switch
    {
        CommitmentStatus.InForce => "履约中",
        CommitmentStatus.Fulfilled => "已践诺",
        CommitmentStatus.Breached => "违诺",
        CommitmentStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };

    public static string Source(CommitmentSource source) => source switch
    {
        CommitmentSource.DepartmentForm => "部门录入",
        CommitmentSource.OnlineSigning => "网上签署",
        CommitmentSource.Collection => "归集报送",
        _ => source.ToString(),
    };

    public static string TypeCode(CommitmentType type) => ((short)type).ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    public static CommitmentType? ParseType(string? code) => code?.Trim() switch
    {
        "01" or "1" => CommitmentType.ApprovalSubstitution,
        "02" or "2" => CommitmentType.Proactive,
        "03" or "3" => CommitmentType.IndustrySelfDiscipline,
        "04" or "4" => CommitmentType.Repair,
        _ => null,
    };

    public static CommitmentStatus? ParseStatus(string? code) => code?.Trim() switch
    {
        Contracts.Catalogue.WellKnownItems.Commitment.StatusInForce => CommitmentStatus.InForce,
        Contracts.Catalogue.WellKnownItems.Commitment.StatusKept => CommitmentStatus.Fulfilled,
        Contracts.Catalogue.WellKnownItems.Commitment.StatusBreached => CommitmentStatus.Breached,
        Contracts.Catalogue.WellKnownItems.Commitment.StatusWithdrawn => CommitmentStatus.Withdrawn,
        _ => null,
    };
}
