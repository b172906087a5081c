using System.Globalization;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Integrity.Areas.Integrity.Models;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.SharedKernel.Charts;
using Huzhou.Credit.SharedKernel.Tabular;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Integrity.Areas.Integrity.Controllers;

/// <summary>The credit office's view of the integrity code: the incentive scenarios and their redemptions (this city's and partner cities' codes).</summary>
[Area("Integrity")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("integrity")]
internal sealed class IntegrityController(Features.TestCodes testCodes, Features.RedemptionStatistics statistics, TimeProvider clock) : Controller
{
    internal sealed record TestCodeViewModel(int Level, string Code, string QrDataUri, DateTimeOffset ExpiresAt);

    /// <summary>A test code (测试码) for a verifier integrating the API: it verifies with the level chosen, it is never redeemed. Credit office only, audited.</summary>
    [HttpPost("test-code")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> TestCode(int level, CancellationToken cancellationToken)
    {
        // Not the credit office, or a level that does not exist: 403 either way, as the form never sends another level.
        var issued = await testCodes.IssueAsync(level, cancellationToken);
        return issued.Succeeded
            ? View(new TestCodeViewModel(level, issued.Value.Code, QrImage.DataUri(issued.Value.Code), issued.Value.ExpiresAt))
            : Forbid();
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await statistics.ScenariosAsync(cancellationToken));

    /// <summary>Redemptions of a period (default: the last 30 days) by scenario, category, issuing city, level and day, with charts.</summary>
    [HttpGet("redemptions")]
    public async Task<IActionResult> Redemptions(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var period = Period(from, to);
        return View(new RedemptionsViewModel(await statistics.ForAsync(period.From, period.To, cancellationToken), period, ShanghaiTime.Today(clock)));
    }

    /// <summary>The redemptions of a period by scenario: CSV, or XLSX with <c>format=xlsx</c>.</summary>
    [HttpGet("redemptions/export")]
    public async Task<IActionResult> ExportRedemptions(DateOnly? from, DateOnly? to, string? format, CancellationToken cancellationToken)
    {
        if (!TabularExport.TryParse(format, out var fileFormat))
        {
            return NotFound();
        }

        var period = Period(from, to);
        var report = await statistics.ForAsync(period.From, period.To, cancellationToken);
        var name = $"{period.From:yyyyMMdd}-{period.To:yyyyMMdd}";
        await TabularExport.WriteAsync(
            Response,
            fileFormat,
            $"integrity-redemptions-{name}",
            $"守信激励核销统计-{name}",
            ["类别", "场景编码", "场景", "提供方", "所需等级", "本市诚信码", "互认城市诚信码", "合计"],
            report.ByScenario.Select(r => new string?[] { r.Scenario.Category, r.Scenario.Code, r.Scenario.Name, r.Scenario.Provider, IntegrityLevels.Name(r.Scenario.MinLevel),
                r.Local.ToString(CultureInfo.InvariantCulture), r.Partner.ToString(CultureInfo.InvariantCulture), (r.Local + r.Partner).ToString(CultureInfo.InvariantCulture) }),
            cancellationToken);
        return new EmptyResult();
    }

    private ReportPeriod Period(DateOnly? from, DateOnly? to) =>
        ReportPeriod.Resolve(from, to, ShanghaiTime.Today(clock), unreadable: !ModelState.IsValid);
}
