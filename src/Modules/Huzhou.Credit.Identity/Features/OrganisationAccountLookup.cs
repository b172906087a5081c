using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Features;

/// <summary>An organisation account's subject by login name (for other modules' demo seeders).</summary>
internal sealed class OrganisationAccountLookup(CreditIdentityDbContext db) : IOrganisationAccountLookup
{
    public async Task<OrganisationAccountSubject?> FindByLoginAsync(string loginName, CancellationToken cancellationToken = default) =>
        await db.OrganisationAccounts.AsNoTracking().Where(a => a.LoginName == loginName)
            .Select(a => new OrganisationAccountSubject(a.SubjectId, a.OrganisationName, a.Uscc, a.DistrictCode))
            .FirstOrDefaultAsync(cancellationToken);
}
