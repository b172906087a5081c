using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Repair.Areas.Repair.Models;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Features;
using Huzhou.Credit.SharedKernel.Files;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Repair.Areas.Repair.Controllers;

/// <summary>
/// 网上提交: an organisation sees its bad records with whether each can be repaired now, applies with its materials,
/// and follows its applications and notices. Every query is scoped to the signed-in account's subject.
/// </summary>
[Area("Repair")]
[Authorize(AuthenticationSchemes = OrganisationAccountDefaults.Scheme)]
[Route("org/repair")]
[RequestSizeLimit(60 * 1024 * 1024)]
internal sealed class OrganisationRepairController(RepairQueries queries, RepairService service, ObjectionService objections, Huzhou.Credit.Contracts.Records.ICreditRecordRepairs records, ICurrentOrganisation organisation) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.OrganisationOverviewAsync(organisation.SubjectId ?? 0, cancellationToken));

    [HttpGet("apply/{recordId:long}")]
    public async Task<IActionResult> Apply(long recordId, CancellationToken cancellationToken)
    {
        var record = (await service.RecordsAsync(organisation.SubjectId ?? 0, cancellationToken)).FirstOrDefault(r => r.Record.RecordId == recordId);
        return record is null ? NotFound() : View(ApplyViewModel.For(record, null, record.Result.Eligible ? null : record.Result.Reason, null));
    }

    [HttpPost("apply/{recordId:long}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Apply(long recordId, string? statement, IFormFile? applicationForm, IFormFile? proofOfFulfilment, IFormFile? creditCommitment, IFormFile? licence, IFormFile? handlerId, CancellationToken cancellationToken)
    {
        var result = await service.ApplyAsync(organisation, recordId, new RepairRequest(statement, Materials(applicationForm, proofOfFulfilment, creditCommitment, licence, handlerId)), cancellationToken);
        if (!result.Succeeded)
        {
            var record = (await service.RecordsAsync(organisation.SubjectId ?? 0, cancellationToken)).FirstOrDefault(r => r.Record.RecordId == recordId);
            return record is null ? NotFound() : View(ApplyViewModel.For(record, statement, result.Error, result.Field));
        }

        return RedirectToAction(nameof(Application), new { id = result.Value });
    }

    [HttpGet("apply-list/{entryId:long}")]
    public async Task<IActionResult> ApplyList(long entryId, CancellationToken cancellationToken)
    {
        var entry = (await service.ListEntriesAsync(organisation.SubjectId ?? 0, cancellationToken)).FirstOrDefault(e => e.Entry.EntryId == entryId);
        return entry is null ? NotFound() : View("Apply", ApplyViewModel.For(entry, null, entry.Result.Eligible ? null : entry.Result.Reason, null));
    }

    [HttpPost("apply-list/{entryId:long}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ApplyList(long entryId, string? statement, IFormFile? applicationForm, IFormFile? proofOfFulfilment, IFormFile? creditCommitment, IFormFile? licence, IFormFile? handlerId, CancellationToken cancellationToken)
    {
        var result = await service.ApplyForListEntryAsync(organisation, entryId, new RepairRequest(statement, Materials(applicationForm, proofOfFulfilment, creditCommitment, licence, handlerId)), cancellationToken);
        if (!result.Succeeded)
        {
            var entry = (await service.ListEntriesAsync(organisation.SubjectId ?? 0, cancellationToken)).FirstOrDefault(e => e.Entry.EntryId == entryId);
            return entry is null ? NotFound() : View("Apply", ApplyViewModel.For(entry, statement, result.Error, result.Field));
        }

        return RedirectToAction(nameof(Application), new { id = result.Value });
    }

    private static Dictionary<MaterialKind, FileUpload?> Materials(IFormFile? applicationForm, IFormFile? proofOfFulfilment, IFormFile? creditCommitment, IFormFile? licence, IFormFile? handlerId) => new()
    {
        [MaterialKind.ApplicationForm] = Upload(applicationForm),
        [MaterialKind.ProofOfFulfilment] = Upload(proofOfFulfilment),
        [MaterialKind.CreditCommitment] = Upload(creditCommitment),
        [MaterialKind.Licence] = Upload(licence),
        [MaterialKind.HandlerId] = Upload(handlerId),
    };

    private static FileUpload? Upload(IFormFile? file) => file is null ? null : new(file.FileName, file.Length, file.OpenReadStream);

    /// <summary>The organisation's own decision letter, once the application is closed.</summary>
    [HttpGet("{id:long}/letter")]
    public async Task<IActionResult> Letter(long id, CancellationToken cancellationToken) =>
        await queries.OrganisationLetterAsync(organisation.SubjectId ?? 0, id, cancellationToken) is { } letter ? File(letter.Content, letter.ContentType, letter.FileName) : NotFound();

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Application(long id, CancellationToken cancellationToken) =>
        await queries.OrganisationApplicationAsync(organisation.SubjectId ?? 0, id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("objections/new/{recordId:long}")]
    public async Task<IActionResult> Object(long recordId, CancellationToken cancellationToken) =>
        await records.GetAsync(organisation.SubjectId ?? 0, recordId, cancellationToken) is { } record ? View(new ObjectionFormViewModel(record, null, null)) : NotFound();

    [HttpPost("objections/new/{recordId:long}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Object(long recordId, string? claim, IFormFile? evidence, CancellationToken cancellationToken)
    {
        var result = await objections.SubmitAsync(organisation, recordId, new ObjectionClaim(claim, Upload(evidence)), cancellationToken);
        if (!result.Succeeded)
        {
            return await records.GetAsync(organisation.SubjectId ?? 0, recordId, cancellationToken) is { } record
                ? View(new ObjectionFormViewModel(record, claim, result.Error))
                : NotFound();
        }

        TempData.Success("异议已提交，报送部门将在期限内核实处理。");
        return RedirectToAction(nameof(Index));
    }
}
