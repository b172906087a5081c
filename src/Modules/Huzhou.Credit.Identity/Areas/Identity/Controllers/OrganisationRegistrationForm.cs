namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

internal sealed class OrganisationRegistrationForm
{
    public string? LoginName { get; set; }

    public string? Password { get; set; }

    public string? Uscc { get; set; }

    public string? OrganisationName { get; set; }

    public string? HandlerName { get; set; }

    public string? NoticeEmail { get; set; }

    public string? Error { get; set; }

    public string? ErrorField { get; set; }
}
