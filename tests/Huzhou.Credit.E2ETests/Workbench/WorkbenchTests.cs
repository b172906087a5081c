using System.Globalization;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.E2ETests.Infrastructure;
using Huzhou.Credit.SharedKernel.Identifiers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Workbench;

/// <summary>
/// Issue #26 §1 in the browser: an enterprise applies online to repair a penalty, and the deciding department's
/// reviewer finds it in the 待办 section at the top of the workbench — the count up by one, the nearest working-day
/// deadline, a link to the queue.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class WorkbenchTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string Password = "Qiye@2026ab";
    private static long _batch = Random.Shared.Next(9_100_000, 9_900_000);

    [Fact]
    public Task A_new_repair_application_shows_on_the_reviewers_workbench() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, DemoAccounts.MarketSupervisionReviewer);
        await page.GotoAsync("/staff");
        await Expect(page.Locator("#todo")).ToBeVisibleAsync();
        var card = page.Locator("#todo-repair-accept");
        var before = await card.CountAsync() == 0 ? 0 : long.Parse((await card.Locator(".todo-count").InnerTextAsync()).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        await page.Context.ClearCookiesAsync();

        var (uscc, name, penalty) = await EnterpriseWithPenaltyAsync();
        var login = "e2ew" + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync("/org/register");
        await page.Locator("#Uscc").FillAsync(uscc);
        await page.Locator("#OrganisationName").FillAsync(name);
        await page.Locator("#HandlerName").FillAsync("沈晓东");
        await page.Locator("#LoginName").FillAsync(login);
        await page.Locator("#Password").FillAsync(Password);
        await page.Locator("#register-submit").ClickAsync();
        await Expect(page.Locator("main .alert-success")).ToContainTextAsync("注册已提交");

        await SignInAsync(page, DemoAccounts.CreditOffice);
        await page.GotoAsync("/admin/organisations");
        await page.Locator("#accounts tbody tr", new() { HasText = login }).GetByRole(AriaRole.Button, new() { Name = "核实通过" }).ClickAsync();
        await Expect(page.Locator("main .alert-success")).ToContainTextAsync("已核实通过");
        await page.Context.ClearCookiesAsync();

        await page.GotoAsync("/org/login");
        await page.Locator("#LoginName").FillAsync(login);
        await page.Locator("#Password").FillAsync(Password);
        await page.Locator("#org-login-submit").ClickAsync();
        await Expect(page.Locator("#organisation-name")).ToHaveTextAsync(name);
        await page.Locator("#my-repair").ClickAsync();
        await page.Locator(".repair-record", new() { HasText = penalty }).GetByRole(AriaRole.Link, new() { Name = "申请修复" }).ClickAsync();
        await page.Locator("#statement").FillAsync("罚款已于本年度缴清，涉案产品已全部下架整改，特申请信用修复。");
        foreach (var input in new[] { "applicationForm", "proofOfFulfilment", "creditCommitment", "licence", "handlerId" })
        {
            await page.Locator($"#{input}").SetInputFilesAsync(new FilePayload { Name = $"{input}.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% e2e\n"u8.ToArray() });
        }

        await page.Locator("#submit-application").ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("待受理");
        await page.Context.ClearCookiesAsync();

        // The reviewer's workbench opens on it.
        await SignInAsync(page, DemoAccounts.MarketSupervisionReviewer);
        await page.GotoAsync("/staff");
        await Expect(card.Locator(".todo-count")).ToHaveTextAsync((before + 1).ToString("N0", CultureInfo.InvariantCulture));
        await Expect(card).ToContainTextAsync("待受理的信用修复申请");
        await Expect(card).ToContainTextAsync("最近期限");
        await card.ClickAsync();
        await Expect(page).ToHaveURLAsync(Fixture.Url("/repair"));
        await Expect(page.Locator("#queue")).ToContainTextAsync(name);
    });

    /// <summary>A new enterprise with one 一般 penalty of market regulation decided five months ago (minimum period ended two months ago).</summary>
    private async Task<(string Uscc, string Name, string Penalty)> EnterpriseWithPenaltyAsync()
    {
        var uscc = UnifiedSocialCreditCode.Compose("91", "330502", $"MA{Random.Shared.Next(100_000, 999_999)}").Value;
        var name = $"湖州待办演练{Random.Shared.Next(100, 999)}商贸有限公司";
        var penalty = $"湖市监罚〔2026〕{Random.Shared.Next(10_000, 99_999)}号";
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var decided = today.AddMonths(-5);
        var writer = Fixture.Services.GetRequiredService<ICreditRecordWriter>();
        await using (var batch = await writer.BeginAsync(Interlocked.Increment(ref _batch), "HZ-SJJ", "e2e-tests"))
        {
            await batch.AddAsync(new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, penalty, decided,
                new PublicityPeriod(decided, today.AddYears(1), decided.AddMonths(3), PenaltyClass.General, "2026", true),
                $"[\"{name}\",\"02\",\"{uscc}\",null,null,null,null,null,\"陆建华\",\"01\",null,null,null,\"{penalty}\",\"销售不合格产品\",\"经查属实\",\"《产品质量法》第四十九条\",\"罚款\",\"罚款两万元\",\"2\",null,null,\"{decided:yyyy-MM-dd}\",\"{decided:yyyy-MM-dd}\",null,\"湖州市市场监督管理局\",\"11330500002546138B\",\"湖州市市场监督管理局\",\"11330500002546138B\",null,\"02\"]"));
            Assert.Equal(1, (await batch.CompleteAsync()).Inserted);
        }

        await Fixture.Services.GetRequiredService<Huzhou.Credit.SharedKernel.Events.OutboxDispatcher>().DrainAsync(TimeSpan.FromSeconds(30));
        return (uscc, name, penalty);
    }
}
