using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Features;
using Huzhou.Credit.SharedKernel.Files;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>The credit office verifies organisation accounts, refuses or disables them, and opens one on an authorisation letter.</summary>
[Area("Identity")]
[Authorize(Roles = CreditRoles.CreditOffice)]
[Route("admin/organisations")]
internal sealed class AdminOrganisationsController(OrganisationAccounts accounts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(OrganisationAccountStatus? status, CancellationToken cancellationToken)
    {
        var shown = status ?? OrganisationAccountStatus.Pending;
        ViewData["Status"] = shown;
        return View(await accounts.QueueAsync(shown, cancellationToken));
    }

    [HttpPost("{id:long}/decision")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Decide(long id, OrganisationAccountStatus decision, string? reason, CancellationToken cancellationToken)
    {
        var result = await accounts.DecideAsync(id, decision, reason, cancellationToken);
        TempData.Outcome(result, "已" + OrganisationAccountStatuses.DisplayName(decision) switch { "已核实" => "核实通过", "未通过" => "退回", "已停用" => "停用", var x => x });
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("new")]
    public IActionResult Create() => View(new OrganisationRegistrationForm());

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(OrganisationAccounts.MaxLetterBytes + 1024 * 1024)]
    public async Task<IActionResult> Create(OrganisationRegistrationForm form, IFormFile? letter, CancellationToken cancellationToken)
    {
        var upload = letter is null ? null : new FileUpload(letter.FileName, letter.Length, letter.OpenReadStream);
        var result = await accounts.CreateWithLetterAsync(form.LoginName, form.Password, form.Uscc, form.OrganisationName, form.HandlerName, upload, cancellationToken);
        if (!result.Succeeded)
        {
            form.Error = result.Error;
            form.ErrorField = result.Field;
            form.Password = null;
            return View(form);
        }

        TempData.Success("企业账户已开设，可凭账户名和初始密码登录。");
        return RedirectToAction(nameof(Index), new { status = OrganisationAccountStatus.Verified });
    }

    [HttpGet("{id:long}/letter")]
    public async Task<IActionResult> Letter(long id, CancellationToken cancellationToken)
    {
        var result = await accounts.LetterAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        var letter = result.Value;
        return File(letter.Content, UploadedFiles.Sniff(letter.Content) ?? "application/octet-stream", letter.FileName);
    }
}
