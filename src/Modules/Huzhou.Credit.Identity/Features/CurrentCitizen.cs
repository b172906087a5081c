using System.Security.Claims;
using Huzhou.Credit.Contracts.Identity;
using Microsoft.AspNetCore.Http;

namespace Huzhou.Credit.Identity.Features;

internal sealed class CurrentCitizen(IHttpContextAccessor accessor) : ICurrentCitizen
{
    private ClaimsPrincipal? Principal =>
        accessor.HttpContext?.User is { Identity: { IsAuthenticated: true, AuthenticationType: CitizenAccountDefaults.Scheme } } user ? user : null;

    public bool IsSignedIn => Principal is not null;

    public long? SubjectId => long.TryParse(Principal?.FindFirstValue(CitizenAccountDefaults.SubjectClaim), out var id) ? id : null;

    public string? Name => Principal?.FindFirstValue(CitizenAccountDefaults.NameClaim);
}
