using Huzhou.Credit.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Repair;

/// <summary>
/// Issue #26 §1 in the browser: the demo citizen opens her home on a phone, sees her score history and "how to raise
/// it", files an objection on her market-regulation fine, and the owning department's staff finds it in its objection
/// queue — the person by name, marked 自然人, her ID number masked.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class CitizenObjectionTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task The_demo_citizen_objects_to_her_fine_and_market_regulation_sees_it_in_its_queue() => InBrowserAsync(async page =>
    {
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/citizen/login");
        await page.Locator("#loginName").FillAsync("shimin.demo");
        await page.Locator("#password").FillAsync(DemoAccounts.Password);
        await page.Locator("#citizen-login button[type=submit]").ClickAsync();
        await Expect(page.Locator("#score-chart polyline")).ToHaveCountAsync(1);
        var fine = page.Locator("#advice .advice-record").First;
        await Expect(fine).ToContainTextAsync("扣 40 分");

        await fine.GetByRole(AriaRole.Link, new() { Name = "信息有误？提出异议" }).ClickAsync();
        await page.Locator("#claim").FillAsync("我从未在该小区门口经营水果摊，处罚决定书上的当事人不是我本人，请核实身份。");
        await page.Locator("#evidence").SetInputFilesAsync(new FilePayload { Name = "说明.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% e2e\n"u8.ToArray() });
        await page.Locator("#submit-objection").ClickAsync();
        await Expect(page).ToHaveURLAsync(Fixture.Url("/citizen/records"));
        await Expect(page.Locator("main .alert-success")).ToContainTextAsync("异议已提交");
        await Expect(page.Locator("#objections")).ToContainTextAsync("异议处理中");
        await page.Context.ClearCookiesAsync();

        // 谁认定: the fine was delivered by the city's market regulation, so its staff verify it.
        await SignInAsync(page, DemoAccounts.MarketSupervisionStaff);
        await page.GotoAsync("/repair/objections");
        var row = page.Locator("#objection-queue tbody tr", new() { HasText = "沈雨涵" }).First;
        await Expect(row).ToContainTextAsync("自然人");
        await Expect(row).ToContainTextAsync("330502********");
        await Expect(row).ToContainTextAsync("异议处理中");
        await row.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.Locator("#applicant-kind")).ToHaveTextAsync("自然人本人申请");
        await Expect(page.Locator("#subject-code")).ToContainTextAsync("********");
    });
}
