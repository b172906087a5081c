using FluentValidation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.Subjects.Areas.Subjects.Models;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Features;
using Huzhou.Credit.Subjects.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Subjects.Areas.Subjects.Controllers;

/// <summary>Staff pages of the registry: search, detail, create, edit. Nothing is ever deleted here.</summary>
[Area("Subjects")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("subjects")]
internal sealed class SubjectsController(
    SubjectSearch search,
    SubjectDetails details,
    SubjectRegistration registration,
    SubjectVerification verification,
    CreditRecordQueries records,
    RecordPersonalValues personalValues,
    IDistrictDirectory districts,
    ICurrentStaff staff,
    Huzhou.Credit.Contracts.Monitoring.IRiskLevels risk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, SubjectKind? kind, string? district, bool warnings = false, int page = 1, bool pending = false, string? purpose = null, CancellationToken cancellationToken = default)
    {
        var result = await search.SearchAsync(new SubjectSearchQuery(q, kind, district, warnings, page, pending, purpose), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field ?? "q", result.Error!);
        }

        return View(new SubjectIndexViewModel(q, kind, district, warnings, result.Succeeded ? result.Value : SearchPage.Empty,
            await districts.ListAsync(cancellationToken), SubjectRegistration.MayRegister(staff), pending, purpose, SubjectDetails.Purposes));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, string? purpose, int rpage = 1, CancellationToken cancellationToken = default)
    {
        var (access, view) = await details.GetAsync(id, purpose, revealIdNumber: false, cancellationToken);
        return await DetailsResultAsync(id, access, view, cancellationToken, rpage);
    }

    /// <summary>One credit record: its fields and its history. Persons' records need the same purpose step as the person.</summary>
    [HttpGet("{id:long}/records/{recordId:long}")]
    public async Task<IActionResult> Record(long id, long recordId, string? purpose, CancellationToken cancellationToken)
    {
        var (access, view) = await details.GetAsync(id, purpose, revealIdNumber: false, cancellationToken);
        if (access != DetailsAccess.Allowed || view is null)
        {
            return await DetailsResultAsync(id, access, view, cancellationToken);
        }

        var record = await records.GetAsync(id, recordId, cancellationToken);
        ViewData["Objections"] = await ObjectionsAsync(id, cancellationToken);
        return record is null ? NotFound() : View("Record", RecordModel(view.Subject, record, purpose, null));
    }

    /// <summary>
    /// Shows a record's personal values in full (法定代表人证件号码 …; ADR 0015): a POST with antiforgery and a purpose, for the
    /// roles and districts of the person view's reveal, audited (<c>subjects.record.reveal-personal</c>). Others get 403
    /// and keep seeing the masked values.
    /// </summary>
    [HttpPost("{id:long}/records/{recordId:long}/reveal")]
    public async Task<IActionResult> RevealRecord(long id, long recordId, string? purpose, string? revealPurpose, CancellationToken cancellationToken)
    {
        // A role that may never reveal is refused before anything else (the district is checked with the subject).
        if (!SubjectDetails.MayRevealIdNumbers(staff))
        {
            return Forbid();
        }

        var (access, view) = await details.GetAsync(id, purpose, revealIdNumber: false, cancellationToken);
        if (access != DetailsAccess.Allowed || view is null)
        {
            return await DetailsResultAsync(id, access, view, cancellationToken);
        }

        var record = await records.GetAsync(id, recordId, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        var reason = string.IsNullOrWhiteSpace(revealPurpose) ? purpose : revealPurpose;
        var (outcome, values) = await personalValues.RevealAsync(view.Subject, record.Record, reason, cancellationToken);
        if (outcome == RevealOutcome.Refused)
        {
            return Forbid();
        }

        ViewData["Objections"] = await ObjectionsAsync(id, cancellationToken);
        if (outcome == RevealOutcome.PurposeRequired)
        {
            ViewData["RevealError"] = "请选择查看完整个人信息的用途。";
        }

        return View("Record", RecordModel(view.Subject, record, purpose, outcome == RevealOutcome.Revealed ? values : null));
    }

    /// <summary>核实通过: the credit office confirms a subject created by a delivery.</summary>
    [HttpPost("{id:long}/verify")]
    public async Task<IActionResult> Verify(long id, string? purpose, string? reason, CancellationToken cancellationToken)
    {
        if (!SubjectVerification.MayVerify(staff))
        {
            return Forbid();
        }

        var result = await verification.VerifyAsync(id, reason, cancellationToken);
        if (!result.Succeeded && result.Error == "主体不存在。")
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            TempData["Error"] = result.Error;
            return RedirectToAction(nameof(Details), new { id, purpose = string.IsNullOrWhiteSpace(purpose) ? null : purpose });
        }

        TempData["Success"] = "主体已核实。";
        return RedirectToAction(nameof(Details), new { id, purpose = string.IsNullOrWhiteSpace(purpose) ? null : purpose });
    }

    /// <summary>Shows the full ID number: a POST (with antiforgery and a purpose) so it is never a link to share or prefetch.</summary>
    [HttpPost("{id:long}/reveal")]
    public async Task<IActionResult> Reveal(long id, string? purpose, CancellationToken cancellationToken)
    {
        if (!SubjectDetails.MayRevealIdNumbers(staff))
        {
            return Forbid();
        }

        var (access, view) = await details.GetAsync(id, purpose, revealIdNumber: true, cancellationToken);
        return await DetailsResultAsync(id, access, view, cancellationToken);
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(bool person = false, CancellationToken cancellationToken = default)
    {
        if (!SubjectRegistration.MayRegister(staff))
        {
            return Forbid();
        }

        var form = new SubjectForm { IsPerson = person, DistrictCode = staff.IsCityLevel ? null : staff.DistrictCode };
        return View("Edit", await EditModelAsync(form, null, cancellationToken));
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(SubjectForm form, CancellationToken cancellationToken)
    {
        if (!SubjectRegistration.MayRegister(staff))
        {
            return Forbid();
        }

        form.Id = null;
        var result = await registration.CreateAsync(form.ToDetails(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field ?? "", result.Error!);
            return View("Edit", await EditModelAsync(form, result.Field == nameof(SubjectForm.Uscc) ? result.Error : null, cancellationToken));
        }

        TempData["Success"] = "主体已登记。";
        return RedirectToAction(nameof(Details), new { id = result.Value, purpose = form.IsPerson ? SubjectDetails.MaintenancePurpose : null });
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var (access, view) = await details.GetAsync(id, SubjectDetails.MaintenancePurpose, revealIdNumber: false, cancellationToken);
        if (access != DetailsAccess.Allowed || view is null)
        {
            return NotFound();
        }

        if (!view.MayEdit)
        {
            return Forbid();
        }

        var s = view.Subject;
        var form = new SubjectForm
        {
            Id = s.Id,
            IsPerson = s.IsPerson,
            Name = s.Name,
            Uscc = s.Uscc,
            ConfirmedKind = s.IsPerson ? null : s.Kind,
            LegalRepresentative = s.LegalRepresentative,
            RegisteredCapital = s.RegisteredCapital,
            EstablishedOn = s.EstablishedOn,
            Address = s.Address,
            IndustryCode = s.IndustryCode,
            DistrictCode = s.DistrictCode,
            Status = s.Status,
        };
        return View(await EditModelAsync(form, null, cancellationToken, s));
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, SubjectForm form, CancellationToken cancellationToken)
    {
        // As the edit page: a role that may not edit is refused, a subject outside the account's districts does not exist.
        if (!SubjectRegistration.MayRegister(staff))
        {
            return Forbid();
        }

        form.Id = id;
        var result = await registration.UpdateAsync(id, form.ToDetails(), cancellationToken);
        if (result.Error is "主体不存在。" or "只能修改本辖区的主体。")
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field ?? "", result.Error!);
            var (_, view) = await details.GetAsync(id, SubjectDetails.MaintenancePurpose, revealIdNumber: false, cancellationToken);
            // A person or not as the registry says, whatever was posted (the registration checked it so).
            form.IsPerson = view?.Subject.IsPerson ?? form.IsPerson;
            return View(await EditModelAsync(form, null, cancellationToken, view?.Subject));
        }

        TempData["Success"] = "修改已保存。";
        return RedirectToAction(nameof(Details), new { id, purpose = result.Value.IsPerson ? SubjectDetails.MaintenancePurpose : null });
    }

    /// <summary>Records under objection (异议处理中), from the Repair module when it is composed.</summary>
    private CreditRecordViewModel RecordModel(Subject subject, CreditRecordDetailView record, string? purpose, IReadOnlyDictionary<string, string>? revealed) =>
        new(subject, record, purpose, revealed,
            RecordPersonalValues.MayReveal(staff, subject) && (record.Record.Personal is not null || subject.IdNumberCipher is not null),
            SubjectDetails.Purposes,
            ListProposalLinks.MayRestOn(staff, subject.DistrictCode, record));

    private async Task<IReadOnlyDictionary<long, string>> ObjectionsAsync(long subjectId, CancellationToken cancellationToken) =>
        HttpContext.RequestServices.GetService(typeof(Huzhou.Credit.Contracts.Repair.IRecordObjections)) is Huzhou.Credit.Contracts.Repair.IRecordObjections objections
            ? await objections.OpenObjectionsAsync(subjectId, cancellationToken)
            : new Dictionary<long, string>();

    private async Task<IActionResult> DetailsResultAsync(long id, DetailsAccess access, SubjectDetailsView? view, CancellationToken cancellationToken, int recordsPage = 1)
    {
        switch (access)
        {
            case DetailsAccess.NotFound:
                return NotFound();
            case DetailsAccess.PurposeRequired:
                return View("Purpose", new PurposeViewModel(id, SubjectDetails.Purposes));
        }

        ViewData["Objections"] = await ObjectionsAsync(id, cancellationToken);
        return View("Details", new SubjectDetailsViewModel(
            view!,
            await districts.ListAsync(cancellationToken),
            Request.Query["purpose"].FirstOrDefault() ?? (Request.HasFormContentType ? Request.Form["purpose"].FirstOrDefault() : null),
            await records.ListAsync(id, recordsPage, cancellationToken),
            SubjectVerification.MayVerify(staff) && view!.Subject.Verification == VerificationStatus.Pending && staff.CanSeeDistrict(view.Subject.DistrictCode),
            ListProposalLinks.MayPropose(staff, view!.Subject.DistrictCode),
            view.Subject.IsPerson ? null : (await risk.LevelsAsync([id], cancellationToken)).TryGetValue(id, out var level) ? level : null));
    }

    private async Task<SubjectEditViewModel> EditModelAsync(SubjectForm form, string? usccWarning, CancellationToken cancellationToken, Subject? existing = null)
    {
        var all = await districts.ListAsync(cancellationToken);
        var allowed = staff.IsCityLevel ? all : all.Where(d => d.Code == staff.DistrictCode).ToList();
        return new SubjectEditViewModel(form, allowed, usccWarning is not null && usccWarning.Contains("校验", StringComparison.Ordinal) && staff.IsInRole(CreditRoles.CreditOffice), existing);
    }
}
