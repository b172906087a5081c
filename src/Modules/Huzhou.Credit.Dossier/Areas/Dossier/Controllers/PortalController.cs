using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Dossier.Areas.Dossier.Models;
using Huzhou.Credit.Dossier.Domain;
using Huzhou.Credit.Dossier.Features;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace Huzhou.Credit.Dossier.Areas.Dossier.Controllers;

/// <summary>
/// The public portal (anonymous, mobile-first): find an organisation by two characters of its name or by its
/// code, and read its public 1+9+X dossier. Natural persons are never found here.
/// </summary>
[Area("Dossier")]
[AllowAnonymous]
[Route("public")]
[EnableRateLimiting(DossierModule.PublicRateLimitPolicy)]
internal sealed class PortalController(
    IPublicRegistry registry,
    PortalSearch search,
    DossierAssembler pages,
    CreditReports reports,
    IDoublePublicity publicity,
    IDepartmentDirectory departments,
    IConfiguration configuration) : Controller
{
    /// <summary>How many organisations (best name matches) a 双公示 query searches.</summary>
    public const int PublicitySubjects = 50;

    private const int ResultLimit = 30;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var found = await search.SearchAsync(q, ResultLimit, terminal: false, cancellationToken);
        return View(found);
    }

    /// <summary>Suggestions as the visitor types: name and code of up to eight organisations.</summary>
    [HttpGet("suggest")]
    public async Task<IActionResult> Suggest(string? q, CancellationToken cancellationToken) => Json(await search.SuggestAsync(q, cancellationToken));

    [HttpGet("dossier/{uscc}")]
    public async Task<IActionResult> Dossier(string uscc, DossierSection? section, int page = 1, CancellationToken cancellationToken = default)
    {
        var organisation = await registry.FindAsync(uscc, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        var built = await pages.BuildAsync(organisation.SubjectId, DossierAudience.Public, section, page, cancellationToken);
        var district = await pages.DistrictNameAsync(organisation.DistrictCode, cancellationToken);
        return View(new DossierPageViewModel(
            DossierHeader.ForPublic(organisation, district, built.Tabs, built.ProvincialEvaluation), built.Tabs, built.Current, built.Entries,
            $"/public/dossier/{organisation.Uscc}", IsStaffView: false, Notice: null, ReportUrl: $"/public/dossier/{organisation.Uscc}/report"));
    }

    /// <summary>
    /// 双公示: published administrative licences or penalties of the organisations matching a name fragment or code,
    /// optionally of one department and a decision-date range.
    /// </summary>
    [HttpGet("publicity")]
    public async Task<IActionResult> Publicity(string? type, string? q, string? department, DateOnly? from, DateOnly? to, int page = 1, CancellationToken cancellationToken = default)
    {
        var section = type == "licence" ? DossierSection.AdministrativeLicence : DossierSection.AdministrativePenalty;
        var query = (q ?? "").Trim();
        var allDepartments = (await departments.ListAsync(cancellationToken)).Where(d => d.IsActive).ToList();
        var dept = allDepartments.Any(d => d.Code == department) ? department : null;
        string? message = null;
        IReadOnlyList<PublicOrganisation> organisations = [];
        var entries = new PagedList<PublicityEntry>([], 1, DossierAssembler.PageSize, 0);
        if (from is { } f && to is { } t && f > t)
        {
            message = "开始日期不能晚于结束日期。";
        }
        else if (query.Length == 1)
        {
            message = "请输入至少两个字的名称片段，或完整的统一社会信用代码。";
        }
        else if (query.Length > 0)
        {
            organisations = await registry.SearchAsync(query, PublicitySubjects, cancellationToken);
            entries = await publicity.ListAsync(organisations.Select(o => o.SubjectId).ToList(), section, dept, from, to, page, DossierAssembler.PageSize, cancellationToken);
            if (entries.TotalCount == 0)
            {
                message = organisations.Count == 0
                    ? $"没有找到与“{(query.Length > 40 ? query[..40] : query)}”相符的市场主体。"
                    : $"没有符合条件的公示中的{DossierSections.Name(section)}信息。";
            }
        }

        return View(new PublicityViewModel(
            section == DossierSection.AdministrativeLicence ? "licence" : "penalty", query, dept, from, to, allDepartments,
            organisations.ToDictionary(o => o.SubjectId), entries, message, organisations.Count == PublicitySubjects));
    }

    /// <summary>
    /// Issues the credit report (PDF) of the public dossier. A POST with antiforgery, because each one is recorded in
    /// the register; its own, lower rate limit because each one renders a PDF.
    /// </summary>
    [HttpPost("dossier/{uscc}/report")]
    [EnableRateLimiting(DossierModule.ReportRateLimitPolicy)]
    public async Task<IActionResult> Report(string uscc, CancellationToken cancellationToken)
    {
        var organisation = await registry.FindAsync(uscc, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        var district = await pages.DistrictNameAsync(organisation.DistrictCode, cancellationToken);
        var file = await reports.IssueAsync(organisation, district, ReportChannel.Portal, ReportAddress.VerifyBase(Request, configuration), cancellationToken);
        return File(file.Content, "application/pdf", file.FileName);
    }
}
