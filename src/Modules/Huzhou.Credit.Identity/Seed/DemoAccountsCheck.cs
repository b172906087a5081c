using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Seed;

/// <summary>
/// Production refuses to start while an account the demo seed creates still signs in with the demo password
/// (<see cref="IdentityDemoSeeder.DemoPassword"/>): staff, the demo organisation accounts and the demo citizen. An account
/// of the same name whose password was changed is not refused.
/// </summary>
internal sealed class DemoAccountsCheck(CreditIdentityDbContext db) : IProductionStartupCheck
{
    public async Task<string?> RefusalReasonAsync(CancellationToken cancellationToken)
    {
        var staffNames = IdentityDemoSeeder.DemoAccounts.Select(a => a.UserName.ToUpperInvariant()).ToArray();
        var staff = await db.Users.AsNoTracking()
            .Where(u => staffNames.Contains(u.NormalizedUserName!))
            .ToListAsync(cancellationToken);
        var staffHasher = new PasswordHasher<StaffUser>();
        var found = staff.Where(u => u.PasswordHash is not null && Matches(staffHasher.VerifyHashedPassword(u, u.PasswordHash, IdentityDemoSeeder.DemoPassword)))
            .Select(u => u.UserName!)
            .ToList();

        string[] organisationLogins = [OrganisationDemoSeeder.DemoLogin, "qiye.pending1", "qiye.pending2"];
        var organisations = await db.OrganisationAccounts.AsNoTracking()
            .Where(a => organisationLogins.Contains(a.LoginName))
            .ToListAsync(cancellationToken);
        var organisationHasher = new PasswordHasher<OrganisationAccount>();
        found.AddRange(organisations.Where(a => Matches(organisationHasher.VerifyHashedPassword(a, a.PasswordHash, IdentityDemoSeeder.DemoPassword))).Select(a => a.LoginName));

        var citizen = await db.CitizenAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.LoginName == CitizenDemoSeeder.DemoLogin, cancellationToken);
        if (citizen?.PasswordHash is { } citizenHash && Matches(new PasswordHasher<CitizenAccount>().VerifyHashedPassword(citizen, citizenHash, IdentityDemoSeeder.DemoPassword)))
        {
            found.Add(citizen.LoginName);
        }

        return found.Count == 0
            ? null
            : $"demo accounts with the demo password are present ({string.Join(", ", found)}): change their passwords or remove them (a production database is never seeded: seed --scale none).";
    }

    private static bool Matches(PasswordVerificationResult result) => result != PasswordVerificationResult.Failed;
}
