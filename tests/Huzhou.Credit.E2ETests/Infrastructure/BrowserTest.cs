using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Huzhou.Credit.E2ETests.Infrastructure;

/// <summary>
/// Base of every end-to-end test class. A test body runs in <see cref="InBrowserAsync"/>, which gives it a
/// page in a browser context of its own and, if the body fails, saves a screenshot and a Playwright trace
/// under <c>artifacts/e2e/</c> and writes the page's console errors to the test output.
/// </summary>
/// <example>
/// <code>
/// [Collection(E2ECollection.Name)]
/// public sealed class RegistryTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
/// {
///     [Fact]
///     public Task District_staff_see_the_registry() => InBrowserAsync(async page =>
///     {
///         await SignInAsync(page, DemoAccounts.WuxingStaff);
///         await page.GotoAsync("/subjects");
///         await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "五类主体信用数据库" })).ToBeVisibleAsync();
///     });
/// }
/// </code>
/// </example>
public abstract class BrowserTest(E2EFixture fixture, ITestOutputHelper output)
{
    protected E2EFixture Fixture { get; } = fixture;

    protected ITestOutputHelper Output { get; } = output;

    /// <summary>Runs <paramref name="test"/> with a fresh page (base URL set, so <c>GotoAsync("/staff")</c> works).</summary>
    protected async Task InBrowserAsync(Func<IPage, Task> test, [CallerMemberName] string testName = "")
    {
        await using var context = await Fixture.Browser.NewContextAsync(new()
        {
            BaseURL = Fixture.BaseUrl.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            // Wide enough for the expanded navbar (Bootstrap's lg breakpoint is 992 px).
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        await context.Tracing.StartAsync(new() { Screenshots = true, Snapshots = true });

        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => consoleErrors.Add(error);

        try
        {
            await test(page);
        }
        catch (Exception)
        {
            await SaveEvidenceAsync(context, page, $"{GetType().Name}.{testName}", consoleErrors);
            throw;
        }

        await context.Tracing.StopAsync();
    }

    /// <summary>Signs in through the sign-in page and waits until it has been left (i.e. sign-in succeeded).</summary>
    protected async Task SignInAsync(IPage page, DemoAccount account, string password = DemoAccounts.Password)
    {
        await page.GotoAsync("/account/login");
        await SubmitSignInAsync(page, account.UserName, password);
        await Assertions.Expect(page).Not.ToHaveURLAsync(Fixture.Url("/account/login"));
    }

    /// <summary>Fills in and submits the sign-in form on the current page, expecting nothing of the outcome.</summary>
    protected static async Task SubmitSignInAsync(IPage page, string userName, string password)
    {
        await page.Locator("#UserName").FillAsync(userName);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("#login-submit").ClickAsync();
    }

    private async Task SaveEvidenceAsync(IBrowserContext context, IPage page, string name, List<string> consoleErrors)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var screenshot = Path.Combine(E2EFixture.ArtifactsDirectory, $"{name}-{stamp}.png");
        var trace = Path.Combine(E2EFixture.ArtifactsDirectory, $"{name}-{stamp}.trace.zip");
        Output.WriteLine($"Failed at {page.Url}");
        try
        {
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
            Output.WriteLine($"Screenshot: {screenshot}");
            await context.Tracing.StopAsync(new() { Path = trace });
            Output.WriteLine($"Trace: {trace} (open at https://trace.playwright.dev or with playwright.ps1 show-trace)");
        }
        catch (PlaywrightException ex)
        {
            // The browser may be what failed: the original exception matters more than the evidence.
            Output.WriteLine($"Could not save the evidence: {ex.Message}");
        }

        foreach (var error in consoleErrors)
        {
            Output.WriteLine($"Browser console: {error}");
        }
    }
}
