using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Integrity.Areas.Integrity.Controllers;

/// <summary>
/// 核验员's phone page: scan (or type) a personal integrity code, see the level and the scenarios it opens, record its
/// use at one. The page never shows who the holder is — the code does not carry it.
/// </summary>
[Area("Integrity")]
[Authorize(Roles = CreditRoles.Verifier + "," + CreditRoles.CreditOffice)]
[Route("integrity/verify")]
internal sealed class VerifierController(IntegrityCodes codes, Redemptions redemptions, ICurrentStaff staff) : Controller
{
    internal sealed record VerifyViewModel(string? Code, VerifiedCode? Verified, IReadOnlyList<IncentiveScenario> Scenarios, string? Error, string? Message);

    [HttpGet("")]
    public IActionResult Index() => View(new VerifyViewModel(null, null, [], null, null));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index(string? code, CancellationToken cancellationToken)
    {
        var (verified, problem) = await codes.VerifyAsync(code, cancellationToken);
        return View(new VerifyViewModel(code, verified, verified is null ? [] : await redemptions.OpenedAsync(verified, cancellationToken), problem, null));
    }

    [HttpPost("redeem")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Redeem(string? code, string? scenario, CancellationToken cancellationToken)
    {
        var (outcome, message, verified, _) = await redemptions.RedeemAsync(code, scenario, staff.UserName ?? "", cancellationToken);
        var opened = verified is null ? [] : await redemptions.OpenedAsync(verified, cancellationToken);
        return View("Index", outcome == RedemptionOutcome.Recorded
            ? new VerifyViewModel(code, verified, opened, null, message)
            : new VerifyViewModel(code, verified, opened, message, null));
    }
}
