using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Features;

/// <summary>Active staff accounts of a department (index on the department), for colleague pickers.</summary>
internal sealed class DepartmentColleagues(CreditIdentityDbContext db) : IDepartmentColleagues
{
    public async Task<IReadOnlyList<Colleague>> ColleaguesAsync(string departmentCode, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.UserName != null && u.Department!.Code == departmentCode)
            .OrderBy(u => u.DisplayName).ThenBy(u => u.UserName)
            .Select(u => new Colleague(u.UserName!, u.DisplayName == "" ? u.UserName! : u.DisplayName))
            .ToListAsync(cancellationToken);
}
