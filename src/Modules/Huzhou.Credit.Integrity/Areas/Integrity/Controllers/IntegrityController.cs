using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Integrity.Domain;
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

    /// <summary>Redemptions of a period (default: the last 30 days) by scenario, category, issuing city, level and day.</summary>
    [HttpGet("redemptions")]
    public async Task<IActionResult> Redemptions(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (start, end, error) = Period(from, to);
        ViewData["Error"] = error;
        return View(await statistics.ForAsync(start, end, cancellationToken));
    }

    [HttpGet("redemptions/export")]
    public async Task<IActionResult> ExportRedemptions(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (start, end, _) = Period(from, to);
        var report = await statistics.ForAsync(start, end, cancellationToken);
        var csv = new System.Text.StringBuilder();
        csv.AppendLine("类别,场景编码,场景,提供方,所需等级,本市诚信码,互认城市诚信码,合计");
        foreach (var (s, local, partner) in report.ByScenario)
        {
            csv.AppendLine(string.Join(',', new[] { s.Category, s.Code, s.Name, s.Provider, IntegrityLevels.Name(s.MinLevel), local.ToString(System.Globalization.CultureInfo.InvariantCulture), partner.ToString(System.Globalization.CultureInfo.InvariantCulture), (local + partner).ToString(System.Globalization.CultureInfo.InvariantCulture) }.Select(c => SharedKernel.Tabular.CellText.CsvField(SharedKernel.Tabular.CellText.NeutraliseFormula(c)))));
        }

        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"integrity-redemptions-{start:yyyyMMdd}-{end:yyyyMMdd}.csv");
    }

    private (DateOnly From, DateOnly To, string? Error) Period(DateOnly? from, DateOnly? to)
    {
        var today = SharedKernel.Time.ShanghaiTime.Today(clock);
        var end = to ?? today;
        var start = from ?? end.AddDays(-29);
        if (start > end || end.DayNumber - start.DayNumber > 366)
        {
            return (today.AddDays(-29), today, "统计期间不对：开始日期须早于结束日期，且不超过一年。已显示近 30 天。");
        }

        return (start, end, null);
    }
}
