using System.Globalization;
using System.Security.Claims;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Features;

internal sealed class CurrentCitizen(IHttpContextAccessor accessor, CreditIdentityDbContext db) : ICurrentCitizen
{
    private ClaimsPrincipal? Principal =>
        accessor.HttpContext?.User is { Identity: { IsAuthenticated: true, AuthenticationType: CitizenAccountDefaults.Scheme } } user ? user : null;

    public bool IsSignedIn => Principal is not null;

    public long? SubjectId => long.TryParse(Principal?.FindFirstValue(CitizenAccountDefaults.SubjectClaim), out var id) ? id : null;

    public string? Name => Principal?.FindFirstValue(CitizenAccountDefaults.NameClaim);

    public async Task<VerifiedCitizen?> VerifyAsync(CancellationToken cancellationToken = default)
    {
        if (SubjectId is not { } subjectId || !long.TryParse(Principal?.FindFirstValue(CitizenAccountDefaults.AccountClaim), NumberStyles.Integer, CultureInfo.InvariantCulture, out var accountId))
        {
            return null;
        }

        var account = await db.CitizenAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        return account is { Active: true } && account.SubjectId == subjectId && !string.IsNullOrEmpty(account.MaskedIdNumber)
            ? new VerifiedCitizen(account.Id, account.SubjectId, account.Name, account.MaskedIdNumber)
            : null;
    }
}
