using Huzhou.Credit.Commitments.Areas.Commitments.Models;
using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Features;
using Huzhou.Credit.Commitments.Persistence;
using Huzhou.Credit.Contracts.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Commitments.Areas.Commitments.Controllers;

/// <summary>
/// 网上签署: an organisation reads a template for a matter, signs it (its name and code filled in, the text hashed as
/// signed) and follows its commitments and their fulfilment. Every query is scoped to the account's subject.
/// </summary>
[Area("Commitments")]
[Authorize(AuthenticationSchemes = OrganisationAccountDefaults.Scheme)]
[Route("org/commitments")]
internal sealed class OrganisationCommitmentsController(CommitmentsDbContext db, CommitmentService service, ICurrentOrganisation organisation, IDepartmentDirectory departments) : Controller
{
    public override async Task OnActionExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.ActionExecutionDelegate next)
    {
        ViewData["Departments"] = (await departments.ListAsync(context.HttpContext.RequestAborted)).ToDictionary(d => d.Code, d => d.Name);
        await next();
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? message, CancellationToken cancellationToken)
    {
        var subject = organisation.SubjectId ?? 0;
        var mine = await db.Commitments.AsNoTracking().Where(c => c.SubjectId == subject).OrderByDescending(c => c.SignedOn).ThenByDescending(c => c.Id).Take(200).ToListAsync(cancellationToken);
        var templates = await db.Templates.AsNoTracking().Where(t => t.Active).OrderBy(t => t.Type).ThenBy(t => t.Code).ToListAsync(cancellationToken);
        return View(new OrganisationCommitmentsViewModel(mine, templates, service.Today, message));
    }

    [HttpGet("sign/{templateId:long}")]
    public async Task<IActionResult> Sign(long templateId, CancellationToken cancellationToken)
    {
        var template = await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId && t.Active, cancellationToken);
        return template is null ? NotFound() : View(SignModel(template, null));
    }

    [HttpPost("sign/{templateId:long}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Sign(long templateId, bool agree, CancellationToken cancellationToken)
    {
        var template = await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId && t.Active, cancellationToken);
        if (template is null)
        {
            return NotFound();
        }

        if (!agree)
        {
            return View(SignModel(template, "请阅读承诺书全文，勾选“本单位已阅读并作出上述承诺”后再签署。"));
        }

        var model = SignModel(template, null);
        var result = await service.CreateAsync(
            new CommitmentInput(organisation.Code, organisation.OrganisationName, template.Type, template.Matter, model.Text, model.Today, model.Due, template.DepartmentCode),
            CommitmentSource.OnlineSigning, $"org:{organisation.AccountId}:{organisation.HandlerName}", template.Id, cancellationToken);
        if (!result.Succeeded)
        {
            return View(SignModel(template, result.Error));
        }

        return Redirect($"/org/commitments?message={Uri.EscapeDataString($"承诺书 {result.Value!.Number} 已签署，已推送至承诺受理部门并依法公示。")}");
    }

    private SignViewModel SignModel(CommitmentTemplate template, string? error)
    {
        var today = service.Today;
        return new SignViewModel(template, CommitmentService.Render(template.Content, organisation.OrganisationName ?? "", organisation.Code ?? ""), today,
            template.TermMonths > 0 ? today.AddMonths(template.TermMonths) : null, error);
    }
}
