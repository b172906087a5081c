using System.Globalization;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Features;

/// <summary>
/// Staff accounts (统一用户): opened, changed, their password reset by an administrator; the time of each sign-in.
/// Accounts are never deleted. Every change is audited.
/// </summary>
internal sealed class StaffAccounts(CreditIdentityDbContext db, UserManager<StaffUser> users, IAuditLog audit, TimeProvider clock, SignInThrottle throttle)
{
    /// <summary>Opens the account; refused (on the field concerned) when the user name is taken or the password too weak.</summary>
    public async Task<Result<string>> CreateAsync(NewStaffUser account, CancellationToken cancellationToken)
    {
        var department = await db.Departments.FirstAsync(d => d.Id == account.DepartmentId, cancellationToken);
        var user = new StaffUser
        {
            UserName = account.UserName,
            DisplayName = account.DisplayName.Trim(),
            DepartmentId = department.Id,
            DistrictCode = department.DistrictCode,
            IsActive = account.IsActive,
            CreatedAt = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, account.Password);
        if (!result.Succeeded)
        {
            return Refusal<string>(result);
        }

        await users.AddToRolesAsync(user, account.Roles);
        await audit.WriteAsync(new AuditEntry("identity.user.create", "Identity", Detail: $"开通账号 {user.UserName}（{string.Join("、", account.Roles.Select(CreditRoles.DisplayName))}）"), cancellationToken);
        return Result<string>.Success(user.UserName!);
    }

    /// <summary>
    /// Saves the account's changes; the user's cookie is re-issued (or rejected) promptly. An administrator may not
    /// disable their own account or take away their own administrator role.
    /// </summary>
    public async Task<Result<string>> UpdateAsync(long id, StaffUserChange change, long? currentUserId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture));
        if (user is null)
        {
            return Result<string>.NotFound("账号不存在。");
        }

        if (user.Id == currentUserId && (!change.IsActive || !change.Roles.Contains(CreditRoles.Administrator)))
        {
            return Result<string>.Failure("不能停用本人账号或取消本人的系统管理员角色。");
        }

        var department = await db.Departments.FirstAsync(d => d.Id == change.DepartmentId, cancellationToken);
        user.DisplayName = change.DisplayName.Trim();
        user.DepartmentId = department.Id;
        user.DistrictCode = department.DistrictCode;
        user.IsActive = change.IsActive;
        await users.UpdateAsync(user);
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(change.Roles));
        await users.AddToRolesAsync(user, change.Roles.Except(current));
        // Roles, department or status changed: the user's cookie must be re-issued (or rejected) promptly.
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(new AuditEntry("identity.user.update", "Identity", Detail: $"修改账号 {user.UserName}：{(user.IsActive ? "启用" : "停用")}，角色 {string.Join("、", change.Roles.Select(CreditRoles.DisplayName))}"), cancellationToken);
        return Result<string>.Success(user.UserName!);
    }

    /// <summary>Sets a new password and lifts the lockout (and the sign-in throttle of the name).</summary>
    public async Task<Result<string>> ResetPasswordAsync(long id, string? newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture));
        if (user is null)
        {
            return Result<string>.NotFound("账号不存在。");
        }

        if (string.IsNullOrWhiteSpace(newPassword))
        {
            return Result<string>.Failure("请填写新密码。");
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded)
        {
            return Result<string>.Failure(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        throttle.Forget(SignInPortal.Staff, user.UserName);
        await audit.WriteAsync(new AuditEntry("identity.user.reset-password", "Identity", Detail: $"重置账号 {user.UserName} 的密码"), cancellationToken);
        return Result<string>.Success(user.UserName!);
    }

    /// <summary>Notes the time of a successful sign-in (shown on the accounts page).</summary>
    public Task RecordSignInAsync(long userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSignInAt, clock.GetUtcNow()), cancellationToken);

    /// <summary>
    /// ASP.NET Identity's first refusal on the field it concerns (the user name, or the password's rules; the form
    /// shows one message a field).
    /// </summary>
    private static Result<T> Refusal<T>(IdentityResult result)
    {
        var first = result.Errors.First();
        return Result<T>.Failure(first.Description, first.Code.Contains("Password", StringComparison.Ordinal) ? "Password" : "UserName");
    }
}
