namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

internal sealed class OrganisationLoginForm
{
    public string? LoginName { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }

    public string? Error { get; set; }
}
