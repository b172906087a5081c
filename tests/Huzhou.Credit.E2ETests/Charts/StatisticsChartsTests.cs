using Huzhou.Credit.E2ETests.Infrastructure;
using Huzhou.Credit.SharedKernel.Tabular;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Charts;

/// <summary>
/// Issue #28 §1 in the browser: every statistics page draws its ECharts charts (a canvas in each chart element) under the
/// strict CSP — no console error, no CSP violation, also when the rich-text tooltip is shown — and the table downloads as
/// an XLSX the platform's reader opens, the chart as a PNG (ADR 0017).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class StatisticsChartsTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly string[] Pages =
    [
        "/collection/statistics",
        "/collection/scorecard/HZ-SJJ",
        "/sanctions/statistics?days=365",
        "/commitments/statistics",
        "/integrity/redemptions",
        "/evaluation",
    ];

    [Fact]
    public Task Statistics_pages_draw_their_charts_without_a_csp_violation_and_download_the_table_as_xlsx() => InBrowserAsync(async page =>
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        // Runs before the page's own scripts and outside the CSP (Playwright injects it): records every violation.
        await page.AddInitScriptAsync("window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        await SignInAsync(page, DemoAccounts.CreditOffice);

        foreach (var url in Pages)
        {
            await page.GotoAsync(url);
            var charts = page.Locator("[data-chart]");
            await Expect(charts.First).ToHaveAttributeAsync("data-chart-ready", "true");
            var count = await charts.CountAsync();
            Assert.True(count >= 1, $"{url}: no chart");
            for (var i = 0; i < count; i++)
            {
                await Expect(charts.Nth(i).Locator("canvas").First).ToBeAttachedAsync();
            }

            // The tooltip (rich text on the canvas) and the toolbox's hover must not need inline styles either.
            await charts.First.ScrollIntoViewIfNeededAsync();
            await charts.First.HoverAsync();
            await page.Mouse.MoveAsync(640, 300);
            var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
            Assert.True(violations.Length == 0, $"{url}: CSP violations: {string.Join("; ", violations)}");
        }

        Assert.True(errors.Count == 0, "Console errors:\n" + string.Join("\n", errors));

        // The quality table as XLSX, and the ranking chart as PNG.
        await page.GotoAsync("/collection/statistics");
        await Expect(page.Locator("#chart-rates")).ToHaveAttributeAsync("data-chart-ready", "true");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-xlsx").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.StartsWith("归集质量统计", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(E2EFixture.ArtifactsDirectory, $"quality-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        await using (var file = File.OpenRead(path))
        await using (var table = await RowSources.OpenAsync(file, download.SuggestedFilename))
        {
            Assert.Equal("XLSX", table.Format);
            Assert.Contains("上报率", table.Headers);
            Assert.True(await table.ReadAsync());
            Assert.Equal("1", table.GetString(0));
        }

        File.Delete(path);
        var png = await page.RunAndWaitForDownloadAsync(() => page.Locator("#chart-png").ClickAsync());
        Assert.EndsWith(".png", png.SuggestedFilename, StringComparison.Ordinal);
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
    });
}
