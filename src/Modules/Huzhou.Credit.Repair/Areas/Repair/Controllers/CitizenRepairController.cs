using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Records;
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
/// 市民的异议申诉和信用修复: a citizen sees the bad records about himself, objects to one or applies to repair it under
/// the organisations' rules, and follows his applications. Every query is scoped to the subject of the signed-in citizen
/// account (never taken from the address: another person's record id is 404); a filing first passes the ID check of the
/// account (<see cref="CitizenApplicants"/>). The same services and staff queues as organisations' filings.
/// </summary>
[Area("Repair")]
[Authorize(AuthenticationSchemes = CitizenAccountDefaults.Scheme)]
[Route("citizen/records")]
[RequestSizeLimit(50 * 1024 * 1024)]
internal sealed class CitizenRepairController(RepairQueries queries, RepairService service, ObjectionService objections, CitizenApplicants applicants, ICreditRecordRepairs records, ICurrentCitizen citizen) : Controller
{
    private long SubjectId => citizen.SubjectId ?? 0;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.OrganisationOverviewAsync(SubjectId, cancellationToken));

    [HttpGet("{recordId:long}/objection")]
    public async Task<IActionResult> Object(long recordId, CancellationToken cancellationToken) =>
        await ContestableAsync(recordId, cancellationToken) is { } record ? View(new ObjectionFormViewModel(record, null, null)) : NotFound();

    [HttpPost("{recordId:long}/objection")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Object(long recordId, string? claim, IFormFile? evidence, CancellationToken cancellationToken)
    {
        if (await ContestableAsync(recordId, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        var applicant = await applicants.VerifyAsync(cancellationToken);
        if (!applicant.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return View(new ObjectionFormViewModel(record, claim, applicant.Error));
        }

        var result = await objections.SubmitAsync(applicant.Value!, recordId, new ObjectionClaim(claim, Upload(evidence)), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Kind == ErrorKind.NotFound ? NotFound() : View(new ObjectionFormViewModel(record, claim, result.Error));
        }

        TempData.Success("异议已提交，报送部门将在期限内核实处理，结果在本页告知。");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{recordId:long}/repair")]
    public async Task<IActionResult> Apply(long recordId, CancellationToken cancellationToken)
    {
        var record = await EligibilityAsync(recordId, cancellationToken);
        return record is null ? NotFound() : View(ApplyViewModel.ForPerson(record, null, record.Result.Eligible ? null : record.Result.Reason, null));
    }

    [HttpPost("{recordId:long}/repair")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Apply(long recordId, string? statement, IFormFile? applicationForm, IFormFile? proofOfFulfilment, IFormFile? creditCommitment, IFormFile? handlerId, CancellationToken cancellationToken)
    {
        if (await EligibilityAsync(recordId, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        var applicant = await applicants.VerifyAsync(cancellationToken);
        if (!applicant.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return View(ApplyViewModel.ForPerson(record, statement, applicant.Error, null));
        }

        var materials = new Dictionary<MaterialKind, FileUpload?>
        {
            [MaterialKind.ApplicationForm] = Upload(applicationForm),
            [MaterialKind.ProofOfFulfilment] = Upload(proofOfFulfilment),
            [MaterialKind.CreditCommitment] = Upload(creditCommitment),
            [MaterialKind.HandlerId] = Upload(handlerId),
        };
        var result = await service.ApplyAsync(applicant.Value!, recordId, new RepairRequest(statement, materials), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Kind == ErrorKind.NotFound ? NotFound() : View(ApplyViewModel.ForPerson(record, statement, result.Error, result.Field));
        }

        TempData.Success("修复申请已提交，认定部门将在期限内决定是否受理。");
        return RedirectToAction(nameof(Application), new { id = result.Value });
    }

    [HttpGet("applications/{id:long}")]
    public async Task<IActionResult> Application(long id, CancellationToken cancellationToken) =>
        await queries.OrganisationApplicationAsync(SubjectId, id, cancellationToken) is { } model ? View(model) : NotFound();

    /// <summary>The citizen's own decision letter, once the application is closed.</summary>
    [HttpGet("applications/{id:long}/letter")]
    public async Task<IActionResult> Letter(long id, CancellationToken cancellationToken) =>
        await queries.OrganisationLetterAsync(SubjectId, id, cancellationToken) is { } letter ? File(letter.Content, letter.ContentType, letter.FileName) : NotFound();

    private async Task<RepairableRecord?> ContestableAsync(long recordId, CancellationToken cancellationToken) =>
        await records.GetAsync(SubjectId, recordId, cancellationToken) is { Status: not (CreditRecordStatus.Repaired or CreditRecordStatus.Revoked) } record ? record : null;

    private async Task<RecordEligibility?> EligibilityAsync(long recordId, CancellationToken cancellationToken) =>
        (await service.RecordsAsync(SubjectId, cancellationToken)).FirstOrDefault(r => r.Record.RecordId == recordId);

    private static FileUpload? Upload(IFormFile? file) => file is null ? null : new(file.FileName, file.Length, file.OpenReadStream);
}
