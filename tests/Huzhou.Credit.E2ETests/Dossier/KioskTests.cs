using System.Text.RegularExpressions;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.E2ETests.Infrastructure;
using Huzhou.Credit.SharedKernel.Identifiers;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Dossier;

/// <summary>
/// The hall terminal and the public report, as a visitor uses them: find an enterprise by two characters, read its
/// public dossier, print its report, verify the report's number; and download the PDF from the portal.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed partial class KioskTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static int _batch = Random.Shared.Next(7_000_000, 8_000_000);

    [Fact]
    public Task Visitor_at_the_hall_terminal_finds_an_enterprise_reads_its_dossier_prints_and_verifies_the_report() => InBrowserAsync(async page =>
    {
        var (name, fragment, _, penalty) = await OrganisationWithPenaltyAsync();
        Output.WriteLine($"Searching for “{fragment}” to find “{name}”");

        await SignInAsync(page, DemoAccounts.Kiosk);
        await Expect(page).ToHaveURLAsync(Fixture.Url("/kiosk"));
        await Expect(page.Locator(".kiosk-steps li.active")).ToContainTextAsync("输入企业名称");
        await page.Locator("#kiosk-q").FillAsync(fragment);
        await page.Locator("#kiosk-search").ClickAsync();
        await page.Locator("#kiosk-results a", new() { HasText = name }).ClickAsync();

        await Expect(page.Locator("#dossier-name")).ToHaveTextAsync(name);
        await Expect(page.Locator("#dossier-section")).ToContainTextAsync(penalty);
        await page.Locator("#dossier-report").ClickAsync();

        await Expect(page.Locator("#kiosk-print")).ToBeVisibleAsync();
        await Expect(page.Locator("#kiosk-report")).ToContainTextAsync(penalty);
        var number = (await page.Locator("#kiosk-report-number").InnerTextAsync()).Trim();
        var code = (await page.Locator("#kiosk-report-code").InnerTextAsync()).Trim();
        Assert.Matches(ReportNumber(), number);

        // The terminal may open the verification page (the QR code's address) but nothing else.
        await page.GotoAsync($"/verify/{number}?code={code}");
        await Expect(page.Locator("#verify-result")).ToContainTextAsync("核验通过");
        await Expect(page.Locator("#verify-result")).ToContainTextAsync(name);
        await page.GotoAsync("/subjects");
        await Expect(page).ToHaveURLAsync(Fixture.Url("/kiosk"));
        await page.GotoAsync("/public");
        await Expect(page).ToHaveURLAsync(Fixture.Url("/kiosk"));
    });

    [Fact]
    public Task Visitor_downloads_the_credit_report_PDF_from_the_portal() => InBrowserAsync(async page =>
    {
        var (name, _, uscc, _) = await OrganisationWithPenaltyAsync();

        await page.GotoAsync($"/public/dossier/{uscc}");
        await Expect(page.Locator("#dossier-name")).ToHaveTextAsync(name);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#dossier-report").ClickAsync());

        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains(uscc, download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var head = new byte[5];
        await using (var file = File.OpenRead(path))
        {
            await file.ReadExactlyAsync(head);
            Assert.True(file.Length > 20_000, $"the report is only {file.Length} bytes");
        }

        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(head));
    });

    /// <summary>
    /// A new organisation delivered with one penalty in publicity (the writer registers it, pending verification),
    /// named with a rare two-character fragment so the terminal's first results hold it.
    /// </summary>
    private async Task<(string Name, string Fragment, string Uscc, string Penalty)> OrganisationWithPenaltyAsync()
    {
        const string Rare = "鹂隽翊琰珂璟玥瑾珩溪砚楠";
        var fragment = string.Concat(Enumerable.Range(0, 2).Select(_ => Rare[Random.Shared.Next(Rare.Length)]));
        var name = $"湖州{fragment}{Random.Shared.Next(100, 999)}文化传媒有限公司";
        var uscc = UnifiedSocialCreditCode.Compose("91", "330502", $"MA{Random.Shared.Next(100_000, 999_999)}").Value;
        var penalty = $"湖市监处罚〔2026〕{Random.Shared.Next(10_000, 99_999)}号";
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var decided = today.AddDays(-30);
        var writer = Fixture.Services.GetRequiredService<ICreditRecordWriter>();
        await using (var batch = await writer.BeginAsync(Interlocked.Increment(ref _batch), "HZ-SJJ", "e2e-tests"))
        {
            await batch.AddAsync(new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, penalty, decided,
                new PublicityPeriod(decided, today.AddYears(1), decided.AddMonths(3), PenaltyClass.General, "2025", true),
                $"[\"{name}\",\"02\",\"{uscc}\",null,null,null,null,null,\"沈建国\",\"01\",null,null,null,\"{penalty}\",\"虚假宣传\",\"经查属实\",\"《反不正当竞争法》第二十条\",\"罚款\",\"罚款五万元\",\"5\",null,null,\"{decided:yyyy-MM-dd}\",\"{decided:yyyy-MM-dd}\",null,\"湖州市市场监督管理局\",\"11330500002546138B\",\"湖州市市场监督管理局\",\"11330500002546138B\",null,\"02\"]"));
            await batch.CompleteAsync();
        }

        return (name, fragment, uscc, penalty);
    }

    [GeneratedRegex("^HZXY\\d{16}$")]
    private static partial Regex ReportNumber();
}
