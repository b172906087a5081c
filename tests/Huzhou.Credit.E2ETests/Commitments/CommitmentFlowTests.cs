using System.Text.RegularExpressions;
using Huzhou.Credit.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Commitments;

/// <summary>
/// Issue #6 §1 in the browser: the demo enterprise signs a 告知承诺书 online; market regulation finds the commitment
/// breached; the public commitment page shows 违诺.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed partial class CommitmentFlowTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task An_enterprise_signs_a_commitment_online_and_the_department_records_the_breach() => InBrowserAsync(async page =>
    {
        await page.GotoAsync("/org/login");
        await page.Locator("#LoginName").FillAsync("qiye.demo");
        await page.Locator("#Password").FillAsync(DemoAccounts.Password);
        await page.Locator("#org-login-submit").ClickAsync();
        await page.Locator("#my-commitments").ClickAsync();
        var template = page.Locator("#templates .card", new() { HasText = "食品经营许可告知承诺书" });
        await template.GetByRole(AriaRole.Link, new() { Name = "阅读并签署" }).ClickAsync();
        await Expect(page.Locator("#text")).ToContainTextAsync("食品经营许可");

        // Not without the declaration.
        await page.Locator("#sign-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#error")).ToContainTextAsync("勾选");
        await page.Locator("#agree").CheckAsync();
        await page.Locator("#sign-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#main > .alert-success")).ToContainTextAsync("已签署");
        var number = Number().Match(await page.Locator("#main > .alert-success").InnerTextAsync()).Value;
        await Expect(page.Locator("#commitments")).ToContainTextAsync(number);
        await page.Context.ClearCookiesAsync();

        // Market regulation, the recipient, finds it breached.
        await SignInAsync(page, DemoAccounts.MarketSupervisionStaff);
        await page.GotoAsync("/commitments?q=" + number);
        await page.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await page.Locator("#outcome-breached").CheckAsync();
        await page.Locator("#verify-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#main > .alert-danger")).ToContainTextAsync("违诺情形");
        await page.Locator("#outcome-breached").CheckAsync();
        await page.Locator("#note").FillAsync("现场核查发现经营场所未配备冷藏设施，与承诺不符。");
        await page.Locator("#verify-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#main > .alert-success")).ToContainTextAsync("已认定违诺");
        await Expect(page.Locator("#status")).ToHaveTextAsync("违诺");
        await Expect(page.Locator("#verification")).ToContainTextAsync("违背信用承诺信息");
        await page.Context.ClearCookiesAsync();

        await page.GotoAsync("/public/commitments?q=" + number);
        await Expect(page.Locator("#results")).ToContainTextAsync("违诺");
    });

    [GeneratedRegex(@"HZCN\d{11}")]
    private static partial Regex Number();
}
