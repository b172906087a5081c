using FluentValidation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Areas.Identity.Models;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Features;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>Staff accounts: create, edit roles and department, disable, unlock, reset password. Accounts are never deleted.</summary>
[Area("Identity")]
[Authorize(Roles = CreditRoles.Administrator)]
[Route("admin/users")]
internal sealed class AdminUsersController(
    StaffQueries queries,
    StaffAccounts accounts,
    UserManager<StaffUser> users,
    IValidator<UserForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, long? departmentId, int page = 1, CancellationToken cancellationToken = default) =>
        View(new UserListViewModel(q, departmentId, await queries.UsersAsync(q, departmentId, page, cancellationToken), await queries.DepartmentsAsync(cancellationToken)));

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

        var result = await accounts.CreateAsync(
            new NewStaffUser(form.UserName!, form.DisplayName!, form.DepartmentId!.Value, form.Roles, form.IsActive, form.Password!), cancellationToken);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            return View("Edit", await EditModelAsync(form, cancellationToken));
        }

        TempData.Success($"账号 {result.Value} 已开通。");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        if (await queries.UserAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        var user = detail.User;
        var form = new UserForm { Id = user.Id, UserName = user.UserName, DisplayName = user.DisplayName, DepartmentId = user.DepartmentId, Roles = [.. detail.Roles], IsActive = user.IsActive };
        return View(await EditModelAsync(form, cancellationToken));
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, UserForm form, CancellationToken cancellationToken)
    {
        if (await queries.UserAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        form.Id = id;
        form.UserName = detail.User.UserName;
        if (!await ValidateAsync(form, cancellationToken))
        {
            return View(await EditModelAsync(form, cancellationToken));
        }

        var result = await accounts.UpdateAsync(id, new StaffUserChange(form.DisplayName!, form.DepartmentId!.Value, form.Roles, form.IsActive), CurrentUserId(), cancellationToken);
        if (!result.Succeeded)
        {
            var model = await EditModelAsync(form, cancellationToken);
            return this.Page(result, () => View(model));
        }

        TempData.Success($"账号 {result.Value} 已保存。");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:long}/reset-password")]
    public async Task<IActionResult> ResetPassword(long id, string? newPassword, CancellationToken cancellationToken)
    {
        var result = await accounts.ResetPasswordAsync(id, newPassword, cancellationToken);
        if (!result.Succeeded)
        {
            if (result.Kind == ErrorKind.NotFound)
            {
                return NotFound();
            }

            TempData.Error(result.Error!);
            return RedirectToAction(nameof(Edit), new { id });
        }

        TempData.Success($"账号 {result.Value} 的密码已重置并解除锁定。");
        return RedirectToAction(nameof(Index));
    }

    private long? CurrentUserId() =>
        long.TryParse(users.GetUserId(User), out var id) ? id : null;

    private async Task<bool> ValidateAsync(UserForm form, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);

        if (form.DepartmentId is { } departmentId && !await queries.IsActiveDepartmentAsync(departmentId, cancellationToken))
        {
            ModelState.AddModelError(nameof(UserForm.DepartmentId), "所选部门不存在或已停用。");
        }

        return ModelState.ErrorCount == 0;
    }

    private async Task<UserEditViewModel> EditModelAsync(UserForm form, CancellationToken cancellationToken) => new(
        form,
        await queries.ChoosableDepartmentsAsync(form.DepartmentId, cancellationToken),
        await queries.RolesAsync(cancellationToken));
}
