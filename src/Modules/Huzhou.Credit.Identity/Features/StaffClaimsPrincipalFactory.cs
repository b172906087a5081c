using System.Security.Claims;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Identifiers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Identity.Features;

/// <summary>Puts department and district into the sign-in cookie so every request can be scoped without a query.</summary>
internal sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> users,
    RoleManager<StaffRole> roles,
    IOptions<IdentityOptions> options,
    CreditIdentityDbContext db)
    : UserClaimsPrincipalFactory<StaffUser, StaffRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var department = await db.Departments.AsNoTracking().FirstAsync(d => d.Id == user.DepartmentId);
        var isCityLevel = DistrictCode.TryParse(user.DistrictCode, out var district) && district!.IsCityLevel;
        identity.AddClaim(new Claim(StaffClaimTypes.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(StaffClaimTypes.Department, department.Code));
        identity.AddClaim(new Claim(StaffClaimTypes.DepartmentName, department.Name));
        identity.AddClaim(new Claim(StaffClaimTypes.District, user.DistrictCode));
        identity.AddClaim(new Claim(StaffClaimTypes.CityLevel, isCityLevel ? "true" : "false"));
        return identity;
    }
}
