using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Dossier.Areas.Dossier.Models;
using Huzhou.Credit.Dossier.Domain;
using Huzhou.Credit.Dossier.Features;
using Huzhou.Credit.Dossier.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace Huzhou.Credit.Dossier.Areas.Dossier.Controllers;

/// <summary>
/// 信用查询终端: the hall terminal, signed in as a Kiosk account. The same public search and dossier as the portal,
/// in a touch layout with step hints and an idle return to the start; the report is issued (and registered) like a
/// portal download and shown as a print view. <see cref="KioskPathFilter"/> keeps the account on these pages.
/// </summary>
[Area("Dossier")]
[Authorize(Roles = CreditRoles.Kiosk)]
[Route("kiosk")]
[EnableRateLimiting(DossierModule.PublicRateLimitPolicy)]
internal sealed class KioskController(IPublicRegistry registry, PortalSearch search, DossierAssembler pages, CreditReports reports, IConfiguration configuration) : Controller
{
    private const int ResultLimit = 12;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var found = await search.SearchAsync(q, ResultLimit, terminal: true, cancellationToken);
        return View(found);
    }

    [HttpGet("suggest")]
    public async Task<IActionResult> Suggest(string? q, CancellationToken cancellationToken) => Json(await search.SuggestAsync(q, cancellationToken));

    [HttpGet("dossier/{uscc}")]
    public async Task<IActionResult> Dossier(string uscc, DossierSection? section, int page = 1, CancellationToken cancellationToken = default)
    {
        var organisation = await registry.FindAsync(uscc, cancellationToken);
        if (organisation is null)
        {
            return RedirectToAction(nameof(Index));
        }

        var built = await pages.BuildAsync(organisation.SubjectId, DossierAudience.Public, section, page, cancellationToken);
        var district = await pages.DistrictNameAsync(organisation.DistrictCode, cancellationToken);
        return View(new DossierPageViewModel(
            DossierHeader.ForPublic(organisation, district, built.Tabs, built.ProvincialEvaluation), built.Tabs, built.Current, built.Entries,
            $"/kiosk/dossier/{organisation.Uscc}", IsStaffView: false, Notice: null,
            ReportUrl: $"/kiosk/dossier/{organisation.Uscc}/report", ReportLabel: "打印信用报告"));
    }

    /// <summary>Issues the report (registered like any other) and shows it ready to print.</summary>
    [HttpPost("dossier/{uscc}/report")]
    [EnableRateLimiting(DossierModule.ReportRateLimitPolicy)]
    public async Task<IActionResult> Report(string uscc, CancellationToken cancellationToken)
    {
        var organisation = await registry.FindAsync(uscc, cancellationToken);
        if (organisation is null)
        {
            return RedirectToAction(nameof(Index));
        }

        var district = await pages.DistrictNameAsync(organisation.DistrictCode, cancellationToken);
        var file = await reports.IssueAsync(organisation, district, ReportChannel.Kiosk, ReportAddress.VerifyBase(Request, configuration), cancellationToken);
        return View(new KioskReportViewModel(file.Document, QrCodePng.DataUri(file.Document.VerifyUrl), $"/kiosk/dossier/{organisation.Uscc}"));
    }
}
