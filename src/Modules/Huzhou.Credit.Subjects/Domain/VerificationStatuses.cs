namespace Huzhou.Credit.Subjects.Domain;

internal static class VerificationStatuses
{
    public static string DisplayName(VerificationStatus status) => status == VerificationStatus.Pending ? "待核实" : "已核实";
}
