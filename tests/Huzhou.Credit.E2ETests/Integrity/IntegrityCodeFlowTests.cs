using Huzhou.Credit.E2ETests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Integrity;

/// <summary>
/// Issue #8's "done when", in the browser: the demo citizen opens the integrity code on a phone-sized page, the city
/// library's verifier checks it and grants the deposit waiver, the same code shown again is refused, a tampered one is
/// refused, and the credit office sees the redemption by scenario.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class IntegrityCodeFlowTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task A_citizens_code_is_verified_and_a_library_deposit_waiver_granted() => InBrowserAsync(async page =>
    {
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/citizen/login");
        await page.Locator("#loginName").FillAsync("shimin.demo");
        await page.Locator("#password").FillAsync(DemoAccounts.Password);
        await page.Locator("#citizen-login button[type=submit]").ClickAsync();
        await Expect(page.Locator("#level")).ToHaveTextAsync("A 诚信合格");
        await Expect(page.Locator("#qr")).ToBeVisibleAsync();
        await Expect(page.Locator("#explanation li")).ToHaveCountAsync(6);
        var code = await page.Locator("#code").InputValueAsync();
        await page.Context.ClearCookiesAsync();

        await SignInAsync(page, DemoAccounts.LibraryVerifier);
        await Expect(page).ToHaveURLAsync(Fixture.Url("/integrity/verify"));
        await page.Locator("#code").FillAsync(code[..^4] + (code[^4] == 'A' ? 'B' : 'A') + code[^3..]);
        await page.Locator("#verify-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#error")).ToContainTextAsync("签名无效");

        await page.Locator("#code").FillAsync(code);
        await page.Locator("#verify-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#level")).ToHaveTextAsync("A 诚信合格");
        await page.Locator("button[data-scenario='TS-YJ']").ClickAsync();
        await Expect(page.Locator("#message")).ToContainTextAsync("图书馆免押金借阅");
        await page.Locator("button[data-scenario='TS-YJ']").ClickAsync();
        await Expect(page.Locator("#error")).ToContainTextAsync("已在本场景使用过");
        await page.Context.ClearCookiesAsync();

        await SignInAsync(page, DemoAccounts.CreditOffice);
        await page.GotoAsync("/integrity");
        await Expect(page.Locator("#scenarios tbody tr", new() { HasText = "TS-YJ" })).Not.ToContainTextAsync("0 （0 / 0）");
    });
}
