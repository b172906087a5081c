namespace Huzhou.Credit.Subjects.Domain;

internal static class RegistrationStatuses
{
    public static string DisplayName(RegistrationStatus status, bool person = false) => status switch
    {
        RegistrationStatus.Active => person ? "正常" : "存续（在业）",
        RegistrationStatus.Revoked => "吊销",
        RegistrationStatus.Cancelled => "注销",
        RegistrationStatus.MovedOut => "迁出",
        _ => status.ToString(),
    };

    public static IReadOnlyList<RegistrationStatus> ForOrganisations { get; } =
        [RegistrationStatus.Active, RegistrationStatus.Revoked, RegistrationStatus.Cancelled, RegistrationStatus.MovedOut];

    public static IReadOnlyList<RegistrationStatus> ForPersons { get; } = [RegistrationStatus.Active, RegistrationStatus.Cancelled];
}
