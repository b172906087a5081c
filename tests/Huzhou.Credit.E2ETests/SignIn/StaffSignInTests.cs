using Huzhou.Credit.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.SignIn;

[Collection(E2ECollection.Name)]
public sealed class StaffSignInTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    /// <summary>The registry's page size: a fragment matching no more names than this shows them all on page one.</summary>
    private const int ResultsPerPage = 20;

    [Fact]
    public Task Staff_member_signs_in_and_sees_the_workbench() => InBrowserAsync(async page =>
    {
        var account = DemoAccounts.CreditOffice;
        var (name, fragment) = await SeededOrganisationAndFragmentAsync();
        Output.WriteLine($"Searching for “{fragment}” to find “{name}”");

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "工作人员登录", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Fixture.Url("/account/login"));
        await SubmitSignInAsync(page, account.UserName, DemoAccounts.Password);

        await Expect(page).ToHaveURLAsync(Fixture.Url("/staff"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation).Locator(".user-name")).ToHaveTextAsync(account.DisplayName);
        var registryTile = page.Locator("a.tile", new() { HasText = "主体查询" });
        await Expect(registryTile).ToHaveAttributeAsync("href", "/subjects");

        await registryTile.ClickAsync();
        await Expect(page).ToHaveURLAsync(Fixture.Url("/subjects"));
        await page.Locator("#q").FillAsync(fragment);
        await page.Locator("#q").PressAsync("Enter");

        await Expect(page.Locator("#results")).ToContainTextAsync(name);
    });

    [Fact]
    public Task Wrong_password_shows_a_Chinese_error() => InBrowserAsync(async page =>
    {
        // Not the account the other test signs in with: a failure counts towards its name's wait (docs/adr/0014).
        await page.GotoAsync("/account/login");
        await SubmitSignInAsync(page, DemoAccounts.MarketSupervisionStaff.UserName, "Wrong@2026");

        await Expect(page.GetByText("用户名或密码不正确")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(Fixture.Url("/account/login"));
        await Expect(page.Locator(".user-name")).ToHaveCountAsync(0);
    });

    /// <summary>
    /// A seeded organisation and a two-character fragment of its name (from the second character on, so not
    /// just the city prefix) that few enough names share for it to be on the first page of results.
    /// </summary>
    private async Task<(string Name, string Fragment)> SeededOrganisationAndFragmentAsync()
    {
        var organisations = new List<string>();
        var all = new List<string>();
        await using (var connection = await Fixture.OpenConnectionAsync())
        await using (var command = connection.CreateCommand())
        {
            // Kind 5 is the natural person; the credit office sees every subject, so all names compete.
            command.CommandText = "SELECT name, kind <> 5 FROM credit.subjects ORDER BY id";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                all.Add(reader.GetString(0));
                if (reader.GetBoolean(1))
                {
                    organisations.Add(reader.GetString(0));
                }
            }
        }

        Assert.NotEmpty(organisations);
        foreach (var name in organisations)
        {
            for (var i = 1; i + 2 <= name.Length; i++)
            {
                var fragment = name.Substring(i, 2);
                if (fragment.All(IsCjk) && all.Count(n => n.Contains(fragment, StringComparison.Ordinal)) <= ResultsPerPage)
                {
                    return (name, fragment);
                }
            }
        }

        throw new InvalidOperationException("No seeded organisation has a distinctive two-character fragment.");
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';
}
