namespace Huzhou.Credit.Identity.Domain;

internal static class OrganisationAccountStatuses
{
    public static string DisplayName(OrganisationAccountStatus status) => status switch
    {
        OrganisationAccountStatus.Pending => "待核实",
        OrganisationAccountStatus.Verified => "已核实",
        OrganisationAccountStatus.Refused => "未通过",
        OrganisationAccountStatus.Disabled => "已停用",
        _ => status.ToString(),
    };
}
