using FluentValidation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Areas.Identity.Models;
using Huzhou.Credit.Identity.Features;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>API clients of business systems: issue a key (shown once), revoke, mark a 测试客户端. Only the key's hash is stored.</summary>
[Area("Identity")]
[Authorize(Roles = CreditRoles.Administrator)]
[Route("admin/api-clients")]
internal sealed class AdminApiClientsController(ApiClientKeys keys, StaffQueries queries, IValidator<ApiClientForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ListModelAsync(new ApiClientForm(), null, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Issue(ApiClientForm form, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);

        if (form.DepartmentId is { } departmentId && !await queries.IsActiveDepartmentAsync(departmentId, cancellationToken))
        {
            ModelState.AddModelError(nameof(ApiClientForm.DepartmentId), "所选部门不存在或已停用。");
        }

        if (ModelState.ErrorCount > 0)
        {
            return View("Index", await ListModelAsync(form, null, cancellationToken));
        }

        var issued = await keys.IssueAsync(new NewApiClient(form.Name!, form.DepartmentId!.Value, form.Scopes, form.RateLimitPerMinute, form.IsTest), User.Identity?.Name ?? "", cancellationToken);

        // The key is shown on this response only; it is not stored and cannot be shown again.
        Response.Headers.CacheControl = "no-store";
        return View("Index", await ListModelAsync(new ApiClientForm(), issued, cancellationToken));
    }

    [HttpPost("{id:long}/revoke")]
    public async Task<IActionResult> Revoke(long id, string? reason, CancellationToken cancellationToken)
    {
        var result = await keys.RevokeAsync(id, reason, User.Identity?.Name, cancellationToken);
        if (!result.Succeeded)
        {
            if (result.Kind == ErrorKind.NotFound)
            {
                return NotFound();
            }

            TempData.Error(result.Error!);
            return RedirectToAction(nameof(Index));
        }

        TempData.Success($"“{result.Value}”的密钥已吊销。");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Marks the client as a 测试客户端 (<paramref name="isTest"/>) or clears the mark; audited.</summary>
    [HttpPost("{id:long}/test")]
    public async Task<IActionResult> MarkTest(long id, bool isTest, CancellationToken cancellationToken)
    {
        var result = await keys.MarkTestAsync(id, isTest, cancellationToken);
        if (result.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        TempData.Success(isTest
            ? $"“{result.Value}”已标记为测试客户端：其核查默认不计入联合奖惩统计。"
            : $"“{result.Value}”已取消测试客户端标记：其核查计入联合奖惩统计。");
        return RedirectToAction(nameof(Index));
    }

    private async Task<ApiClientListViewModel> ListModelAsync(ApiClientForm form, IssuedKey? issued, CancellationToken cancellationToken) => new(
        await keys.ListAsync(cancellationToken),
        form,
        await queries.ChoosableDepartmentsAsync(null, cancellationToken),
        issued?.Key,
        issued?.ClientName);
}
