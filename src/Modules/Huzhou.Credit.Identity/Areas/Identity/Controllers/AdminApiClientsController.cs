using FluentValidation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.ApiKeys;
using Huzhou.Credit.Identity.Areas.Identity.Models;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>API clients of business systems: issue a key (shown once), revoke. Only the key's hash is stored.</summary>
[Area("Identity")]
[Authorize(Roles = CreditRoles.Administrator)]
[Route("admin/api-clients")]
internal sealed class AdminApiClientsController(CreditIdentityDbContext db, IValidator<ApiClientForm> validator, IAuditLog audit, IMemoryCache cache, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ListModelAsync(new ApiClientForm(), null, null, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Issue(ApiClientForm form, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);

        if (form.DepartmentId is { } departmentId && !await db.Departments.AnyAsync(d => d.Id == departmentId && d.IsActive, cancellationToken))
        {
            ModelState.AddModelError(nameof(ApiClientForm.DepartmentId), "所选部门不存在或已停用。");
        }

        if (ModelState.ErrorCount > 0)
        {
            return View("Index", await ListModelAsync(form, null, null, cancellationToken));
        }

        var (key, prefix, hash) = ApiKeyFormat.Generate();
        var client = new ApiClient
        {
            Name = form.Name!.Trim(),
            DepartmentId = form.DepartmentId!.Value,
            KeyPrefix = prefix,
            KeyHash = hash,
            Scopes = [.. form.Scopes.Distinct()],
            RateLimitPerMinute = form.RateLimitPerMinute,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = User.Identity?.Name ?? "",
        };
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("identity.api-client.issue", "Identity", Detail: $"签发 API 客户端 {client.Name}（hzc_{prefix}）"), cancellationToken);

        // The key is shown on this response only; it is not stored and cannot be shown again.
        Response.Headers.CacheControl = "no-store";
        return View("Index", await ListModelAsync(new ApiClientForm(), key, client.Name, cancellationToken));
    }

    [HttpPost("{id:long}/revoke")]
    public async Task<IActionResult> Revoke(long id, string? reason, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            TempData["Error"] = "吊销 API 密钥时请填写原因。";
            return RedirectToAction(nameof(Index));
        }

        if (client.RevokedAt is null)
        {
            client.RevokedAt = clock.GetUtcNow();
            client.RevokedBy = User.Identity?.Name;
            client.RevokeReason = reason.Trim();
            await db.SaveChangesAsync(cancellationToken);
            cache.Remove("api-client:" + client.KeyPrefix);
            await audit.WriteAsync(new AuditEntry("identity.api-client.revoke", "Identity", Detail: $"吊销 API 客户端 {client.Name}（hzc_{client.KeyPrefix}）：{client.RevokeReason}"), cancellationToken);
        }

        TempData["Success"] = $"“{client.Name}”的密钥已吊销。";
        return RedirectToAction(nameof(Index));
    }

    private async Task<ApiClientListViewModel> ListModelAsync(ApiClientForm form, string? issuedKey, string? issuedName, CancellationToken cancellationToken) => new(
        await db.ApiClients.AsNoTracking().Include(c => c.Department).OrderBy(c => c.RevokedAt != null).ThenByDescending(c => c.CreatedAt).ToListAsync(cancellationToken),
        form,
        await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.DistrictCode).ThenBy(d => d.Name).ToListAsync(cancellationToken),
        issuedKey,
        issuedName);
}
