using Huzhou.Credit.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Collection;

/// <summary>
/// Issue #27 §4 in the browser: a department follows its 逾期未报送 card from the workbench to its own scorecard (rates,
/// the month trend's SVG bars, its items, its rejection reasons — no CSP error on the way); the credit office goes from the
/// ranking to another department's scorecard and to the overdue list.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ScorecardTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task A_department_follows_its_overdue_card_to_its_scorecard_and_the_credit_office_sees_all_ranked() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, DemoAccounts.MarketSupervisionStaff);
        await page.GotoAsync("/staff");
        var card = page.Locator("#todo-collection-overdue");
        await Expect(card).ToContainTextAsync("个目录项逾期未报送");
        await card.ClickAsync();
        await Expect(page).ToHaveURLAsync(Fixture.Url("/collection/scorecard"));
        await Expect(page.Locator("h1")).ToContainTextAsync("湖州市市场监督管理局");
        await Expect(page.Locator("#rate-compliance")).ToContainTextAsync("%");
        await Expect(page.Locator("#trend svg rect").First).ToBeAttachedAsync();
        await Expect(page.Locator("#worst-items tr[data-item='XZCF']")).ToBeVisibleAsync();
        await Expect(page.Locator("#rejection-reasons tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("#scorecard-overdue")).ToBeVisibleAsync();
        await page.Context.ClearCookiesAsync();

        await SignInAsync(page, DemoAccounts.CreditOffice);
        await page.GotoAsync("/collection/statistics");
        await page.Locator("#quality tr[data-department='HZ-STHJJ']").GetByRole(AriaRole.Link, new() { Name = "报告卡" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Fixture.Url("/collection/scorecard/HZ-STHJJ"));
        await Expect(page.Locator("h1")).ToContainTextAsync("湖州市生态环境局");
        await page.GotoAsync("/collection/statistics");
        await page.Locator("#overdue-link").ClickAsync();
        await Expect(page.Locator("#overdue tr[data-department='HZ-YJJ'][data-item='XZCF']")).ToBeVisibleAsync();
    });
}
