using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Dossier.Areas.Dossier.Models;
using Huzhou.Credit.Dossier.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Dossier.Areas.Dossier.Controllers;

/// <summary>信用报告出具记录: every report issued (portal, terminal, staff), for the credit office.</summary>
[Area("Dossier")]
[Authorize(Roles = CreditRoles.CreditOffice)]
[Route("dossier/reports")]
internal sealed class ReportRegisterController(CreditReports reports) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? uscc, int page = 1, CancellationToken cancellationToken = default) =>
        View(new ReportRegisterViewModel(uscc?.Trim(), await reports.ListAsync(uscc, page, cancellationToken)));
}
