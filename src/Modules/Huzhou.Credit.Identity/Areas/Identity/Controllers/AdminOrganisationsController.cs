using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Features;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>The credit office verifies organisation accounts, refuses or disables them, and opens one on an authorisation letter.</summary>
[Area("Identity")]
[Authorize(Roles = CreditRoles.CreditOffice)]
[Route("admin/organisations")]
internal sealed class AdminOrganisationsController(CreditIdentityDbContext db, OrganisationAccounts accounts, ICurrentStaff staff, IAuditLog audit) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(OrganisationAccountStatus? status, string? message, string? error, CancellationToken cancellationToken)
    {
        var shown = status ?? OrganisationAccountStatus.Pending;
        var rows = await db.OrganisationAccounts.AsNoTracking().Where(a => a.Status == shown)
            .OrderBy(a => a.CreatedAt).Take(200).ToListAsync(cancellationToken);
        rows = [.. rows.Where(a => staff.CanSeeDistrict(a.DistrictCode))];
        ViewData["Status"] = shown;
        ViewData["Message"] = message;
        ViewData["Error"] = error;
        return View(rows);
    }

    [HttpPost("{id:long}/decision")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Decide(long id, OrganisationAccountStatus decision, string? reason, CancellationToken cancellationToken)
    {
        var result = await accounts.DecideAsync(id, decision, reason, cancellationToken);
        return Redirect(result.Succeeded
            ? $"/admin/organisations?message={Uri.EscapeDataString("已" + OrganisationAccountStatuses.DisplayName(decision) switch { "已核实" => "核实通过", "未通过" => "退回", "已停用" => "停用", var x => x })}"
            : $"/admin/organisations?error={Uri.EscapeDataString(result.Error!)}");
    }

    [HttpGet("new")]
    public IActionResult Create() => View(new OrganisationRegistrationForm());

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(OrganisationAccounts.MaxLetterBytes + 1024 * 1024)]
    public async Task<IActionResult> Create(OrganisationRegistrationForm form, IFormFile? letter, CancellationToken cancellationToken)
    {
        var result = await accounts.CreateWithLetterAsync(form.LoginName, form.Password, form.Uscc, form.OrganisationName, form.HandlerName, letter, cancellationToken);
        if (!result.Succeeded)
        {
            form.Error = result.Error;
            form.ErrorField = result.Field;
            form.Password = null;
            return View(form);
        }

        return Redirect($"/admin/organisations?status={OrganisationAccountStatus.Verified}&message={Uri.EscapeDataString("企业账户已开设，可凭账户名和初始密码登录。")}");
    }

    [HttpGet("{id:long}/letter")]
    public async Task<IActionResult> Letter(long id, CancellationToken cancellationToken)
    {
        var account = await db.OrganisationAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account?.Letter is null || !staff.CanSeeDistrict(account.DistrictCode))
        {
            return NotFound();
        }

        await audit.WriteAsync(new AuditEntry("identity.organisation-account.letter", CreditIdentityDbContext.ModuleName, account.SubjectId, Detail: $"查看授权委托书 {account.LoginName}"), cancellationToken);
        return File(account.Letter, UploadedFiles.Sniff(account.Letter) ?? "application/octet-stream", account.LetterFileName);
    }
}
