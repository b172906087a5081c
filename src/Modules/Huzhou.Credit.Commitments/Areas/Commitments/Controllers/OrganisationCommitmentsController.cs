using Huzhou.Credit.Commitments.Areas.Commitments.Models;
using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Features;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Commitments.Areas.Commitments.Controllers;

/// <summary>
/// 网上签署: an organisation reads a template for a matter, signs it (its name and code filled in, the text hashed as
/// signed) and follows its commitments and their fulfilment. Every query is scoped to the account's subject.
/// </summary>
[Area("Commitments")]
[Authorize(AuthenticationSchemes = OrganisationAccountDefaults.Scheme)]
[Route("org/commitments")]
internal sealed class OrganisationCommitmentsController(CommitmentQueries queries, CommitmentService service, ICurrentOrganisation organisation, IDepartmentDirectory departments) : Controller
{
    public override async Task OnActionExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.ActionExecutionDelegate next)
    {
        ViewData["Departments"] = (await departments.ListAsync(context.HttpContext.RequestAborted)).ToDictionary(d => d.Code, d => d.Name);
        await next();
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new OrganisationCommitmentsViewModel(
            await queries.OrganisationCommitmentsAsync(organisation.SubjectId ?? 0, cancellationToken), await queries.ActiveTemplatesAsync(cancellationToken), service.Today));

    [HttpGet("sign/{templateId:long}")]
    public async Task<IActionResult> Sign(long templateId, CancellationToken cancellationToken)
    {
        var template = await queries.ActiveTemplateAsync(templateId, cancellationToken);
        return template is null ? NotFound() : View(SignModel(template, null));
    }

    [HttpPost("sign/{templateId:long}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Sign(long templateId, bool agree, CancellationToken cancellationToken)
    {
        var template = await queries.ActiveTemplateAsync(templateId, cancellationToken);
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

        TempData.Success($"承诺书 {result.Value.Number} 已签署，已推送至承诺受理部门并依法公示。");
        return RedirectToAction(nameof(Index));
    }

    private SignViewModel SignModel(CommitmentTemplate template, string? error)
    {
        var today = service.Today;
        return new SignViewModel(template, CommitmentService.Render(template.Content, organisation.OrganisationName ?? "", organisation.Code ?? ""), today,
            template.TermMonths > 0 ? today.AddMonths(template.TermMonths) : null, error);
    }
}
