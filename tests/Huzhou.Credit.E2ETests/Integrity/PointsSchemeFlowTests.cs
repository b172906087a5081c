using System.Globalization;
using Huzhou.Credit.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Integrity;

/// <summary>
/// Issue #8 §4 in the browser: 长兴县's credit office records a household's volunteering in the village integrity archive
/// (a deduction without facts is refused first); the household's points rise on the staff ranking and on the public
/// board, where the name is masked.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class PointsSchemeFlowTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task A_village_records_a_good_deed_and_the_public_board_shows_the_new_points() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, DemoAccounts.ChangxingCreditOffice);
        await page.GotoAsync("/integrity/schemes");
        await page.GetByRole(AriaRole.Link, new() { Name = "长兴县乡村文明诚信档案" }).ClickAsync();
        var last = page.Locator("#ranking tbody tr").Last;
        var before = int.Parse(await last.Locator("td").Nth(4).InnerTextAsync(), CultureInfo.InvariantCulture);
        var village = (await last.Locator("td").Nth(3).InnerTextAsync()).Trim();
        await last.GetByRole(AriaRole.Link, new() { Name = "记分" }).ClickAsync();
        var name = (await page.Locator("h1").InnerTextAsync()).Trim();

        await page.Locator("#ruleCode").SelectOptionAsync("WZJS");
        await page.Locator("#record button[type=submit]").ClickAsync();
        await Expect(page.Locator(".alert-danger")).ToContainTextAsync("扣分须在说明中写明事实");

        await page.Locator("#ruleCode").SelectOptionAsync("CWZY");
        await page.Locator("#note").FillAsync("参加村里的河道保洁志愿活动");
        await page.Locator("#record button[type=submit]").ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("已记分：+2");
        await Expect(page.Locator("#standing")).ToContainTextAsync($"{before + 2} 分");
        await Expect(page.Locator("#events tbody tr").First).ToContainTextAsync("参加村里的河道保洁志愿活动");
        await page.Context.ClearCookiesAsync();

        await page.GotoAsync("/public/schemes");
        await page.GetByRole(AriaRole.Link, new() { Name = "长兴县乡村文明诚信档案" }).ClickAsync();
        var masked = Huzhou.Credit.SharedKernel.Identifiers.Masking.PersonName(name);
        var row = page.Locator("#board tbody tr", new() { HasText = masked }).Filter(new() { HasText = village }).Filter(new() { HasText = (before + 2).ToString(CultureInfo.InvariantCulture) });
        await Expect(row.First).ToBeVisibleAsync();
        await Expect(page.Locator("#board")).Not.ToContainTextAsync(name);
    });
}
