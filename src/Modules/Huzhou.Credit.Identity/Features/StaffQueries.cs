using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Features;

/// <summary>Reads of the administration pages: staff accounts, departments, districts and roles.</summary>
internal sealed class StaffQueries(CreditIdentityDbContext db, TimeProvider clock)
{
    public const int PageSize = 30;

    /// <summary>Accounts by user name; <c>q</c> matches a part of the user name or the name.</summary>
    public async Task<PagedList<UserListRow>> UsersAsync(string? q, long? departmentId, int page, CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(u => u.UserName!.Contains(term) || u.DisplayName.Contains(term));
        }

        if (departmentId is not null)
        {
            query = query.Where(u => u.DepartmentId == departmentId);
        }

        page = Math.Max(1, page);
        var total = await query.CountAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = await query
            .OrderBy(u => u.UserName)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                Department = u.Department!.Name,
                District = db.Districts.Where(d => d.Code == u.DistrictCode).Select(d => d.Name).FirstOrDefault(),
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
                u.IsActive,
                u.LockoutEnd,
                u.LastSignInAt,
            })
            .ToListAsync(cancellationToken);
        var list = rows.Select(r => new UserListRow(r.Id, r.UserName!, r.DisplayName, r.Department, r.District ?? "", r.Roles, r.IsActive, r.LockoutEnd > now, r.LastSignInAt)).ToList();
        return new PagedList<UserListRow>(list, page, PageSize, total);
    }

    public async Task<StaffUserDetail?> UserAsync(long id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await db.UserRoles.AsNoTracking().Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToListAsync(cancellationToken);
        return new StaffUserDetail(user, roles);
    }

    /// <summary>Every department by district and name.</summary>
    public Task<List<Department>> DepartmentsAsync(CancellationToken cancellationToken) =>
        db.Departments.AsNoTracking().OrderBy(d => d.DistrictCode).ThenBy(d => d.Name).ToListAsync(cancellationToken);

    /// <summary>The departments an account or API client may be given: the active ones, and <paramref name="current"/> even when it is not.</summary>
    public Task<List<Department>> ChoosableDepartmentsAsync(long? current, CancellationToken cancellationToken) =>
        db.Departments.AsNoTracking().Where(d => d.IsActive || d.Id == current).OrderBy(d => d.DistrictCode).ThenBy(d => d.Name).ToListAsync(cancellationToken);

    public Task<bool> IsActiveDepartmentAsync(long id, CancellationToken cancellationToken) =>
        db.Departments.AnyAsync(d => d.Id == id && d.IsActive, cancellationToken);

    /// <summary>Departments by district (the credit office first) with how many accounts each has.</summary>
    public async Task<IReadOnlyList<(Department Department, int Users)>> DepartmentsWithUsersAsync(CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking()
            .OrderBy(d => d.DistrictCode).ThenByDescending(d => d.IsCreditOffice).ThenBy(d => d.Name)
            .Select(d => new { Department = d, Users = db.Users.Count(u => u.DepartmentId == d.Id) })
            .ToListAsync(cancellationToken);
        return departments.Select(d => (d.Department, d.Users)).ToList();
    }

    public Task<Department?> DepartmentAsync(long id, CancellationToken cancellationToken) =>
        db.Departments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);

    public Task<List<District>> DistrictsAsync(CancellationToken cancellationToken) =>
        db.Districts.AsNoTracking().OrderBy(d => d.SortOrder).ToListAsync(cancellationToken);

    public Task<List<StaffRole>> RolesAsync(CancellationToken cancellationToken) =>
        db.Roles.AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>The platform's roles in <see cref="CreditRoles.All"/>'s order, with their account counts.</summary>
    public async Task<IReadOnlyList<RoleRow>> RolesWithUsersAsync(CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking()
            .Select(r => new { Role = r, Users = db.UserRoles.Count(ur => ur.RoleId == r.Id) })
            .ToListAsync(cancellationToken);
        return CreditRoles.All
            .Select(name => roles.FirstOrDefault(r => r.Role.Name == name))
            .Where(r => r is not null)
            .Select(r => new RoleRow(r!.Role, r.Users))
            .ToList();
    }
}
