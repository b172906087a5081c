using Huzhou.Credit.Dossier.Areas.Dossier.Models;
using Huzhou.Credit.Dossier.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Huzhou.Credit.Dossier.Areas.Dossier.Controllers;

/// <summary>
/// 报告核验: anyone confirms that a credit report is genuine from its number and verification code (the QR code on
/// the report carries both) and sees what it held and the SHA-256 of the PDF that was issued.
/// </summary>
[Area("Dossier")]
[AllowAnonymous]
[Route("verify")]
[EnableRateLimiting(DossierModule.PublicRateLimitPolicy)]
internal sealed class VerifyController(CreditReports reports) : Controller
{
    [HttpGet("")]
    public IActionResult Index(string? number, string? code)
    {
        if (!string.IsNullOrWhiteSpace(number) && !string.IsNullOrWhiteSpace(code))
        {
            return RedirectToAction(nameof(Report), new { number = number.Trim(), code = code.Trim() });
        }

        return View("Index", new VerifyViewModel(number?.Trim(), code?.Trim(), null, Checked: false));
    }

    [HttpGet("{number}")]
    public async Task<IActionResult> Report(string number, string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return View("Index", new VerifyViewModel(number, null, null, Checked: false));
        }

        var report = await reports.VerifyAsync(number, code, cancellationToken);
        if (report is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return View("Index", new VerifyViewModel(number, code, report, Checked: true));
    }
}
