using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Lists.Areas.Lists.Models;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Features;
using Huzhou.Credit.Lists.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Lists.Areas.Lists.Controllers;

/// <summary>Staff pages of the lists: the register, proposing an entry, deciding on it, removing it.</summary>
[Area("Lists")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("lists")]
internal sealed class ListsController(ListQueries queries, ListEntryWorkflow workflow, ListTypeAuthorities authorities, ICurrentStaff staff, IAuditLog audit) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, ListEntryStatus? status, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = new ListEntryQuery(type, status, q, page);
        var pending = await queries.StaffAsync(query with { Type = null, Q = null, Status = ListEntryStatus.Proposed, Page = 1 }, cancellationToken);
        return View(new ListIndexViewModel(
            await queries.TypesAsync(cancellationToken),
            await queries.InForceCountsAsync(organisationsOnly: false, cancellationToken),
            query,
            await queries.StaffAsync(query, cancellationToken),
            ListEntryWorkflow.MayPropose(staff),
            ListImporter.MayImport(staff),
            pending.TotalCount));
    }

    [HttpGet("types")]
    public async Task<IActionResult> Types(CancellationToken cancellationToken) =>
        View(new ListTypesViewModel(await queries.TypesAsync(cancellationToken), ListTypeAuthorities.MayEdit(staff)));

    /// <summary>The authority departments of a list type (who may propose on it): the city credit office edits them.</summary>
    [HttpGet("types/{code}/authorities")]
    public async Task<IActionResult> Authorities(string code, CancellationToken cancellationToken)
    {
        if (!ListTypeAuthorities.MayEdit(staff))
        {
            return Forbid();
        }

        return await authorities.GetAsync(code, cancellationToken) is { } found
            ? View(new ListTypeAuthoritiesViewModel(found.Type, found.Departments, found.Type.AuthorityDepartments))
            : NotFound();
    }

    [HttpPost("types/{code}/authorities")]
    public async Task<IActionResult> Authorities(string code, string[]? departments, CancellationToken cancellationToken)
    {
        var result = await authorities.SaveAsync(code, departments, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Success("认定部门已保存。");
            return Redirect(Url.Action(nameof(Types))! + "#type-" + Uri.EscapeDataString(code));
        }

        var found = result.Kind == ErrorKind.Invalid ? await authorities.GetAsync(code, cancellationToken) : null;
        return this.Page(result, () => View(new ListTypeAuthoritiesViewModel(found!.Value.Type, found.Value.Departments, departments ?? [])));
    }

    /// <summary>
    /// The proposal form, offering only the list types the user's department is an authority for; opened from the
    /// subject page (<paramref name="subject"/>) or a bad record (<paramref name="record"/>) it starts filled in.
    /// </summary>
    [HttpGet("propose")]
    public async Task<IActionResult> Propose(string? type, long? subject, long? record, CancellationToken cancellationToken)
    {
        if (!ListEntryWorkflow.MayPropose(staff))
        {
            return Forbid();
        }

        var prefill = await workflow.PrefillAsync(subject, record, cancellationToken);
        if (prefill.Succeeded)
        {
            return await ProposeView(ProposalForm.From(type, prefill.Value), cancellationToken);
        }

        // Another district's subject or record: 404; a record the department may not rest on: the form (with the
        // subject) says why.
        var withoutRecord = prefill.Kind == ErrorKind.Invalid ? await workflow.PrefillAsync(subject, null, cancellationToken) : prefill;
        var form = await ProposeView(ProposalForm.From(type, withoutRecord.Succeeded ? withoutRecord.Value : ListProposalPrefill.None), cancellationToken);
        return this.Page(prefill, () => form);
    }

    [HttpPost("propose")]
    [RequestSizeLimit(DecisionDocuments.MaxBytes + (2 * 1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = DecisionDocuments.MaxBytes + (2 * 1024 * 1024))]
    public async Task<IActionResult> Propose(ProposalForm form, CancellationToken cancellationToken)
    {
        var result = await workflow.ProposeAsync(form.ToProposal(), cancellationToken);
        if (!result.Succeeded)
        {
            var page = await ProposeView(form, cancellationToken);
            return this.Page(result, () => page);
        }

        TempData.Success("已提出列入，待信用办审核。");
        return RedirectToAction(nameof(Entry), new { id = result.Value });
    }

    private async Task<IActionResult> ProposeView(ProposalForm form, CancellationToken cancellationToken) =>
        View("Propose", new ProposeViewModel(form, await workflow.ProposableTypesAsync(cancellationToken)));

    /// <summary>The decision document of an entry (its district's staff; audited).</summary>
    [HttpGet("entries/{id:long}/document")]
    public async Task<IActionResult> Document(long id, CancellationToken cancellationToken) =>
        await queries.DecisionDocumentAsync(id, cancellationToken) is { } document
            ? File(document.Content, document.ContentType, document.FileName)
            : NotFound();

    [HttpGet("entries/{id:long}")]
    public async Task<IActionResult> Entry(long id, CancellationToken cancellationToken)
    {
        var detail = await queries.DetailAsync(id, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        if (detail.Entry.SubjectIsPerson)
        {
            await audit.WriteAsync(new AuditEntry("lists.person-entry.view", ListsDbContext.ModuleName, detail.Entry.SubjectId, Purpose: "名单管理", Detail: "查看自然人名单记录"), cancellationToken);
        }

        return View(new EntryViewModel(detail, ListEntryWorkflow.MayDecide(staff), new ClosingForm(), null, ListImporter.MayImport(staff), ListEntryWorkflow.MayRecordObligation(staff, detail.Entry)));
    }

    /// <summary>The confirmation step of an approval: exactly what the public site will show once the entry is in force.</summary>
    [HttpGet("entries/{id:long}/approve")]
    public async Task<IActionResult> ConfirmApproval(long id, CancellationToken cancellationToken)
    {
        var detail = await queries.DetailAsync(id, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        if (!ListEntryWorkflow.MayDecide(staff))
        {
            return Forbid();
        }

        if (detail.Entry.Status != ListEntryStatus.Proposed)
        {
            TempData["Error"] = $"该记录当前为“{ListEntryStatuses.DisplayName(detail.Entry.Status)}”，无需审核。";
            return RedirectToAction(nameof(Entry), new { id });
        }

        return View(new ApprovalConfirmationViewModel(detail, ListDossierSections.PublicPreview(detail.Entry, detail.Type)));
    }

    [HttpPost("entries/{id:long}/approve")]
    public Task<IActionResult> Approve(long id, bool confirmed, CancellationToken cancellationToken) =>
        DecidedAsync(id, workflow.ApproveAsync(id, confirmed, cancellationToken), "已审核通过，名单已生效并公示。", new ClosingForm(), cancellationToken);

    [HttpPost("entries/{id:long}/obligation-met")]
    public Task<IActionResult> ObligationMet(long id, DateOnly? obligationMetOn, CancellationToken cancellationToken) =>
        DecidedAsync(id, workflow.RecordObligationMetAsync(id, obligationMetOn, cancellationToken), "已登记履行义务的日期。", new ClosingForm(), cancellationToken);

    [HttpPost("entries/{id:long}/notice")]
    public Task<IActionResult> Notice(long id, DateOnly? noticeSentOn, string? noticeMeans, CancellationToken cancellationToken) =>
        DecidedAsync(id, workflow.RecordNoticeAsync(id, noticeSentOn, noticeMeans, cancellationToken), "已登记事前告知。", new ClosingForm(), cancellationToken);

    [HttpPost("entries/{id:long}/statement")]
    public Task<IActionResult> Statement(long id, string? statementAnswer, bool noStatement, CancellationToken cancellationToken) =>
        DecidedAsync(id, workflow.RecordStatementAsync(id, statementAnswer, noStatement, cancellationToken), "已登记陈述申辩情况。", new ClosingForm(), cancellationToken);

    [HttpPost("entries/{id:long}/reject")]
    public Task<IActionResult> Reject(long id, ClosingForm form, CancellationToken cancellationToken) =>
        DecidedAsync(id, workflow.RejectAsync(id, form.ToClosing(), cancellationToken), "已决定不予列入。", form, cancellationToken);

    [HttpPost("entries/{id:long}/remove")]
    public Task<IActionResult> Remove(long id, bool early, ClosingForm form, CancellationToken cancellationToken) =>
        DecidedAsync(id, workflow.RemoveAsync(id, early, form.ToClosing(), cancellationToken), early ? "已提前移出。" : "已移出。", form, cancellationToken);

    private async Task<IActionResult> DecidedAsync(long id, Task<Huzhou.Credit.SharedKernel.Results.Result> action, string success, ClosingForm form, CancellationToken cancellationToken)
    {
        var result = await action;
        if (result.Succeeded)
        {
            TempData["Success"] = success;
            return RedirectToAction(nameof(Entry), new { id });
        }

        var detail = await queries.DetailAsync(id, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Entry", new EntryViewModel(detail, ListEntryWorkflow.MayDecide(staff), form, result.Error, ListImporter.MayImport(staff), ListEntryWorkflow.MayRecordObligation(staff, detail.Entry)));
    }
}
