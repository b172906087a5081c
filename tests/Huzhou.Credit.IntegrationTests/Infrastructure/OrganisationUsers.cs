namespace Huzhou.Credit.IntegrationTests.Infrastructure;

/// <summary>An organisation user registered through <c>/org/register</c>, verified, and signed in at <c>/org/login</c>.</summary>
internal static class OrganisationUsers
{
    public const string Password = "Qiye@2026ab";

    public static async Task<HttpClient> SignedInAsync(CreditAppFactory factory, string uscc, string name, string? email = null)
    {
        var browser = SignedInClient.Anonymous(factory);
        var login = "org" + Unique.Digits(8);
        var register = await HtmlPages.GetAsync(browser, "/org/register");
        using (await HtmlPages.PostFormAsync(browser, register, "form[action='/org/register']", new()
        {
            ["LoginName"] = login, ["Password"] = Password, ["Uscc"] = uscc, ["OrganisationName"] = name, ["HandlerName"] = "沈经办", ["NoticeEmail"] = email ?? "",
        }))
        {
        }

        // The credit office's verification (tested in OrganisationAccountTests) is not what these tests are about.
        await factory.Database.ExecuteAsync("UPDATE credit.organisation_accounts SET status = 2 WHERE login_name = $1", login);
        var page = await HtmlPages.GetAsync(browser, "/org/login");
        using var signedIn = await HtmlPages.PostFormAsync(browser, page, "form[action='/org/login']", new() { ["LoginName"] = login, ["Password"] = Password });
        Assert.Equal("/org", HtmlPages.Location(signedIn));
        return browser;
    }
}
