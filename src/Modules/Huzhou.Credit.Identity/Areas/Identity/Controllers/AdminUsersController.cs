using FluentValidation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Areas.Identity.Models;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>Staff accounts: create, edit roles and department, disable, unlock, reset password. Accounts are never deleted.</summary>
[Area("Identity")]
[Authorize(Roles = CreditRoles.Administrator)]
[Route("admin/users")]
internal sealed class AdminUsersController(
    CreditIdentityDbContext db,
    UserManager<StaffUser> users,
    IValidator<UserForm> validator,
    IAuditLog audit,
    TimeProvider clock,
    Features.SignInThrottle throttle) : Controller
{
    private const int PageSize = 30;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, long? departmentId, int page = 1, CancellationToken cancellationToken = default)
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
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.DistrictCode).ThenBy(d => d.Name).ToListAsync(cancellationToken);
        return View(new UserListViewModel(q, departmentId, new PagedList<UserListRow>(list, page, PageSize, total), departments));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await EditModelAsync(new UserForm(), cancellationToken));

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserForm form, CancellationToken cancellationToken)
    {
        form.Id = null;
        form.UserName = form.UserName?.Trim().ToLowerInvariant();
        if (!await ValidateAsync(form, cancellationToken))
        {
            return View("Edit", await EditModelAsync(form, cancellationToken));
        }

        var department = await db.Departments.FirstAsync(d => d.Id == form.DepartmentId, cancellationToken);
        var user = new StaffUser
        {
            UserName = form.UserName,
            DisplayName = form.DisplayName!.Trim(),
            DepartmentId = department.Id,
            DistrictCode = department.DistrictCode,
            IsActive = form.IsActive,
            CreatedAt = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, form.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(UserForm.Password) : nameof(UserForm.UserName), error.Description);
            }

            return View("Edit", await EditModelAsync(form, cancellationToken));
        }

        await users.AddToRolesAsync(user, form.Roles);
        await audit.WriteAsync(new AuditEntry("identity.user.create", "Identity", Detail: $"开通账号 {user.UserName}（{string.Join("、", form.Roles.Select(CreditRoles.DisplayName))}）"), cancellationToken);
        TempData["Success"] = $"账号 {user.UserName} 已开通。";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        var roles = await users.GetRolesAsync(user);
        var form = new UserForm { Id = user.Id, UserName = user.UserName, DisplayName = user.DisplayName, DepartmentId = user.DepartmentId, Roles = [.. roles], IsActive = user.IsActive };
        return View(await EditModelAsync(form, cancellationToken));
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, UserForm form, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return NotFound();
        }

        form.Id = id;
        form.UserName = user.UserName;
        if (!await ValidateAsync(form, cancellationToken))
        {
            return View(await EditModelAsync(form, cancellationToken));
        }

        if (user.Id == CurrentUserId() && (!form.IsActive || !form.Roles.Contains(CreditRoles.Administrator)))
        {
            ModelState.AddModelError("", "不能停用本人账号或取消本人的系统管理员角色。");
            return View(await EditModelAsync(form, cancellationToken));
        }

        var department = await db.Departments.FirstAsync(d => d.Id == form.DepartmentId, cancellationToken);
        user.DisplayName = form.DisplayName!.Trim();
        user.DepartmentId = department.Id;
        user.DistrictCode = department.DistrictCode;
        user.IsActive = form.IsActive;
        await users.UpdateAsync(user);
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(form.Roles));
        await users.AddToRolesAsync(user, form.Roles.Except(current));
        // Roles, department or status changed: the user's cookie must be re-issued (or rejected) promptly.
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(new AuditEntry("identity.user.update", "Identity", Detail: $"修改账号 {user.UserName}：{(user.IsActive ? "启用" : "停用")}，角色 {string.Join("、", form.Roles.Select(CreditRoles.DisplayName))}"), cancellationToken);
        TempData["Success"] = $"账号 {user.UserName} 已保存。";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:long}/reset-password")]
    public async Task<IActionResult> ResetPassword(long id, string? newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(newPassword))
        {
            TempData["Error"] = "请填写新密码。";
            return RedirectToAction(nameof(Edit), new { id });
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded)
        {
            TempData["Error"] = string.Join(" ", result.Errors.Select(e => e.Description));
            return RedirectToAction(nameof(Edit), new { id });
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        throttle.Forget(Features.SignInPortal.Staff, user.UserName);
        await audit.WriteAsync(new AuditEntry("identity.user.reset-password", "Identity", Detail: $"重置账号 {user.UserName} 的密码"), cancellationToken);
        TempData["Success"] = $"账号 {user.UserName} 的密码已重置并解除锁定。";
        return RedirectToAction(nameof(Index));
    }

    private long? CurrentUserId() =>
        long.TryParse(users.GetUserId(User), out var id) ? id : null;

    private async Task<bool> ValidateAsync(UserForm form, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);

        if (form.DepartmentId is { } departmentId && !await db.Departments.AnyAsync(d => d.Id == departmentId && d.IsActive, cancellationToken))
        {
            ModelState.AddModelError(nameof(UserForm.DepartmentId), "所选部门不存在或已停用。");
        }

        return ModelState.ErrorCount == 0;
    }

    private async Task<UserEditViewModel> EditModelAsync(UserForm form, CancellationToken cancellationToken) => new(
        form,
        await db.Departments.AsNoTracking().Where(d => d.IsActive || d.Id == form.DepartmentId).OrderBy(d => d.DistrictCode).ThenBy(d => d.Name).ToListAsync(cancellationToken),
        await db.Roles.AsNoTracking().ToListAsync(cancellationToken));
}
