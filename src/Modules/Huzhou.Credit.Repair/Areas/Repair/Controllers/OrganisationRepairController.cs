using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Repair.Areas.Repair.Models;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Features;
using Huzhou.Credit.Repair.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Repair.Areas.Repair.Controllers;

/// <summary>
/// 网上提交: an organisation sees its bad records with whether each can be repaired now, applies with its materials,
/// and follows its applications and notices. Every query is scoped to the signed-in account's subject.
/// </summary>
[Area("Repair")]
[Authorize(AuthenticationSchemes = OrganisationAccountDefaults.Scheme)]
[Route("org/repair")]
[RequestSizeLimit(60 * 1024 * 1024)]
internal sealed class OrganisationRepairController(RepairDbContext db, RepairService service, ObjectionService objections, Huzhou.Credit.Contracts.Subjects.ICreditRecordRepairs records, ICurrentOrganisation organisation) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? message, CancellationToken cancellationToken)
    {
        var subject = organisation.SubjectId ?? 0;
        var eligible = await service.RecordsAsync(subject, cancellationToken);
        var applications = await db.Applications.AsNoTracking().Where(a => a.SubjectId == subject).OrderByDescending(a => a.Id).ToListAsync(cancellationToken);
        var notices = await db.Notices.AsNoTracking().Where(n => n.SubjectId == subject).OrderByDescending(n => n.Id).Take(20).ToListAsync(cancellationToken);
        var raised = await db.Objections.AsNoTracking().Where(o => o.SubjectId == subject).OrderByDescending(o => o.Id)
            .Select(o => new Objection { Id = o.Id, Number = o.Number, ItemName = o.ItemName, RecordReference = o.RecordReference, Status = o.Status, SubmittedAt = o.SubmittedAt, Due = o.Due, Decision = o.Decision })
            .ToListAsync(cancellationToken);
        return View(new OrganisationRepairViewModel(eligible, applications, notices, message) { Objections = raised, ListEntries = await service.ListEntriesAsync(subject, cancellationToken) });
    }

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
        var result = await service.ApplyAsync(organisation, recordId, statement, Materials(applicationForm, proofOfFulfilment, creditCommitment, licence, handlerId), cancellationToken);
        if (!result.Succeeded)
        {
            var record = (await service.RecordsAsync(organisation.SubjectId ?? 0, cancellationToken)).FirstOrDefault(r => r.Record.RecordId == recordId);
            return record is null ? NotFound() : View(ApplyViewModel.For(record, statement, result.Error, result.Field));
        }

        return Redirect($"/org/repair/{result.Value}");
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
        var result = await service.ApplyForListEntryAsync(organisation, entryId, statement, Materials(applicationForm, proofOfFulfilment, creditCommitment, licence, handlerId), cancellationToken);
        if (!result.Succeeded)
        {
            var entry = (await service.ListEntriesAsync(organisation.SubjectId ?? 0, cancellationToken)).FirstOrDefault(e => e.Entry.EntryId == entryId);
            return entry is null ? NotFound() : View("Apply", ApplyViewModel.For(entry, statement, result.Error, result.Field));
        }

        return Redirect($"/org/repair/{result.Value}");
    }

    private static Dictionary<MaterialKind, IFormFile?> Materials(IFormFile? applicationForm, IFormFile? proofOfFulfilment, IFormFile? creditCommitment, IFormFile? licence, IFormFile? handlerId) => new()
    {
        [MaterialKind.ApplicationForm] = applicationForm,
        [MaterialKind.ProofOfFulfilment] = proofOfFulfilment,
        [MaterialKind.CreditCommitment] = creditCommitment,
        [MaterialKind.Licence] = licence,
        [MaterialKind.HandlerId] = handlerId,
    };

    /// <summary>The organisation's own decision letter, once the application is closed.</summary>
    [HttpGet("{id:long}/letter")]
    public async Task<IActionResult> Letter(long id, CancellationToken cancellationToken)
    {
        var subject = organisation.SubjectId ?? 0;
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.SubjectId == subject, cancellationToken);
        if (application is null || await service.DecisionLetterAsync(application, cancellationToken) is not { } pdf)
        {
            return NotFound();
        }

        return File(pdf, "application/pdf", $"{Documents.RepairDecisionLetter.TitleOf(application)}-{application.Number}.pdf");
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Application(long id, CancellationToken cancellationToken)
    {
        var subject = organisation.SubjectId ?? 0;
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.SubjectId == subject, cancellationToken);
        if (application is null)
        {
            return NotFound();
        }

        var steps = await db.Steps.AsNoTracking().Where(s => s.ApplicationId == id).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var materials = await db.Materials.AsNoTracking().Where(m => m.ApplicationId == id)
            .Select(m => new RepairMaterial { Id = m.Id, Kind = m.Kind, FileName = m.FileName, ContentType = m.ContentType, Size = m.Size, Sha256 = m.Sha256, UploadedAt = m.UploadedAt })
            .ToListAsync(cancellationToken);
        await db.Notices.Where(n => n.ApplicationId == id && !n.Read).ExecuteUpdateAsync(s => s.SetProperty(n => n.Read, true), cancellationToken);
        return View(new ApplicationViewModel(application, steps, materials, null, false, false, null, null, ""));
    }

    [HttpGet("objections/new/{recordId:long}")]
    public async Task<IActionResult> Object(long recordId, CancellationToken cancellationToken) =>
        await records.GetAsync(organisation.SubjectId ?? 0, recordId, cancellationToken) is { } record ? View(new ObjectionFormViewModel(record, null, null)) : NotFound();

    [HttpPost("objections/new/{recordId:long}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Object(long recordId, string? claim, IFormFile? evidence, CancellationToken cancellationToken)
    {
        var result = await objections.SubmitAsync(organisation, recordId, claim, evidence, cancellationToken);
        if (!result.Succeeded)
        {
            return await records.GetAsync(organisation.SubjectId ?? 0, recordId, cancellationToken) is { } record
                ? View(new ObjectionFormViewModel(record, claim, result.Error))
                : NotFound();
        }

        return Redirect("/org/repair?message=" + Uri.EscapeDataString("异议已提交，报送部门将在期限内核实处理。"));
    }
}
