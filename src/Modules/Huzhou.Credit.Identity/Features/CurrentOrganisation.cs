using System.Security.Claims;
using Huzhou.Credit.Contracts.Identity;
using Microsoft.AspNetCore.Http;

namespace Huzhou.Credit.Identity.Features;

/// <summary><see cref="ICurrentOrganisation"/> from the request's principal when it was signed in with the organisation scheme.</summary>
internal sealed class CurrentOrganisation(IHttpContextAccessor accessor) : ICurrentOrganisation
{
    private ClaimsPrincipal? Principal =>
        accessor.HttpContext?.User is { Identity: { IsAuthenticated: true, AuthenticationType: OrganisationAccountDefaults.Scheme } } user ? user : null;

    public bool IsSignedIn => Principal is not null;

    public long? AccountId => long.TryParse(Principal?.FindFirstValue(OrganisationAccountDefaults.AccountClaim), out var id) ? id : null;

    public long? SubjectId => long.TryParse(Principal?.FindFirstValue(OrganisationAccountDefaults.SubjectClaim), out var id) ? id : null;

    public string? OrganisationName => Principal?.FindFirstValue(OrganisationAccountDefaults.OrganisationNameClaim);

    public string? Code => Principal?.FindFirstValue(OrganisationAccountDefaults.CodeClaim);

    public string? HandlerName => Principal?.FindFirstValue(OrganisationAccountDefaults.HandlerClaim);

    public string? Email => Principal?.FindFirstValue(OrganisationAccountDefaults.EmailClaim);
}
