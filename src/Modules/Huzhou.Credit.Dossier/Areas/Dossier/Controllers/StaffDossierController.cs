using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Dossier.Areas.Dossier.Models;
using Huzhou.Credit.Dossier.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Dossier.Areas.Dossier.Controllers;

/// <summary>
/// The staff view of the 1+9+X dossier. Within the user's districts every record of the subject is listed with its
/// status (non-public items, expired, repaired and revoked records included); outside them the public view is shown.
/// A natural person's dossier is opened only within the user's districts, with a purpose, and every look is audited
/// (by the registry's <see cref="IStaffSubjectAccess"/>).
/// </summary>
[Area("Dossier")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("dossier")]
internal sealed class StaffDossierController(IStaffSubjectAccess subjects, DossierAssembler pages, IRiskLevels risk) : Controller
{
    /// <summary>The audit entry written for every look at a natural person's dossier.</summary>
    public static readonly StaffLook PersonLook = new("dossier.person.view", "Dossier", "查看自然人综合信用档案");

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Dossier(long id, string? purpose, DossierSection? section, int page = 1, CancellationToken cancellationToken = default)
    {
        var opened = await subjects.OpenAsync(id, purpose, PersonLook, cancellationToken);
        switch (opened.Outcome)
        {
            case StaffSubjectOutcome.NotFound:
                return NotFound();
            case StaffSubjectOutcome.PurposeRequired:
                return View("Purpose", new PurposeViewModel(id, subjects.Purposes));
        }

        var subject = opened.Subject!;
        var audience = subject.InUserDistrict ? DossierAudience.Staff : DossierAudience.Public;
        var built = await pages.BuildAsync(id, audience, section, page, cancellationToken);
        var district = await pages.DistrictNameAsync(subject.DistrictCode, cancellationToken);
        var baseUrl = $"/dossier/{id}" + (subject.IsPerson ? "?purpose=" + Uri.EscapeDataString(purpose!.Trim()) : "");
        return View(new DossierPageViewModel(
            DossierHeader.ForStaff(subject, district, built.Tabs, built.ProvincialEvaluation),
            built.Tabs,
            built.Current,
            built.Entries,
            baseUrl,
            IsStaffView: audience == DossierAudience.Staff,
            Notice: subject.InUserDistrict ? null : "该主体不在您的辖区，仅显示依法公开、处于公示期内的信息。",
            ReportUrl: null,
            Risk: subject.IsPerson ? null : (await risk.LevelsAsync([id], cancellationToken)).TryGetValue(id, out var level) ? level : null));
    }
}
