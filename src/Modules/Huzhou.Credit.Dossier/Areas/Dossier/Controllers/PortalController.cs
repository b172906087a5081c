using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Dossier.Areas.Dossier.Models;
using Huzhou.Credit.Dossier.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Huzhou.Credit.Dossier.Areas.Dossier.Controllers;

/// <summary>
/// The public portal (anonymous, mobile-first): find an organisation by two characters of its name or by its
/// code, and read its public 1+9+X dossier. Natural persons are never found here.
/// </summary>
[Area("Dossier")]
[AllowAnonymous]
[Route("public")]
[EnableRateLimiting(DossierModule.PublicRateLimitPolicy)]
internal sealed class PortalController(IPublicRegistry registry, DossierAssembler pages) : Controller
{
    private const int ResultLimit = 30;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var query = (q ?? "").Trim();
        string? message = null;
        IReadOnlyList<PublicOrganisation> results = [];
        if (query.Length == 1)
        {
            message = "请输入至少两个字的名称片段，或完整的统一社会信用代码。";
        }
        else if (query.Length > 0)
        {
            results = await registry.SearchAsync(query, ResultLimit, cancellationToken);
            if (results.Count == 0)
            {
                message = $"没有找到与“{(query.Length > 40 ? query[..40] : query)}”相符的市场主体。";
            }
        }

        return View(new PortalSearchViewModel(query, results, message, results.Count == ResultLimit));
    }

    /// <summary>Suggestions as the visitor types: name and code of up to eight organisations.</summary>
    [HttpGet("suggest")]
    public async Task<IActionResult> Suggest(string? q, CancellationToken cancellationToken)
    {
        var results = await registry.SearchAsync(q ?? "", 8, cancellationToken);
        return Json(results.Select(r => new { name = r.Name, code = r.Uscc }));
    }

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
            DossierHeader.ForPublic(organisation, district, built.Tabs), built.Tabs, built.Current, built.Entries,
            $"/public/dossier/{organisation.Uscc}", IsStaffView: false, Notice: null, ReportUrl: null));
    }
}
