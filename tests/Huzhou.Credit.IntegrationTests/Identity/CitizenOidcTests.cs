using System.Globalization;
using System.Net;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Identity;

/// <summary>
/// Citizens signing in through the provincial identity platform (OpenID Connect, authorization code with PKCE, against
/// <see cref="FakeIdentityProvider"/> on a loopback port): the first sign-in opens the person's account bound to the
/// platform's account, a name that does not match the registry or a refusal at the platform leaves the citizen signed
/// out with the reason, and an account opened this way has no password to guess.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class CitizenOidcTests(CreditAppFactory factory)
{
    [Fact]
    public async Task A_citizen_verified_by_the_identity_platform_reaches_the_integrity_code_page()
    {
        var (id, name) = await PersonAsync();
        var sub = "zlb-" + Unique.Digits(10);
        factory.IdentityProvider.NextPerson = new(sub, id, name);
        using var citizen = SignedInClient.Anonymous(factory);
        var login = await HtmlPages.GetAsync(citizen, "/citizen/login");
        Assert.Contains("使用浙里办登录", login.QuerySelector("#oidc-login")!.TextContent, StringComparison.Ordinal);

        var landed = await RoundTripAsync(citizen);
        Assert.Equal("/citizen", landed);
        var page = await HtmlPages.GetAsync(citizen, "/citizen");
        Assert.Contains(name, page.QuerySelector("#citizen-code")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#qr"));
        Assert.DoesNotContain(id, page.DocumentElement.OuterHtml, StringComparison.Ordinal);

        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.citizen_accounts WHERE external_id = $1 AND created_by = '统一身份认证' AND password_hash = ''", factory.IdentityProvider.Authority + "|" + sub));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log a JOIN credit.citizen_accounts c ON c.subject_id = a.subject_id WHERE c.external_id = $1 AND a.action = 'identity.citizen.oidc-open'", factory.IdentityProvider.Authority + "|" + sub));

        // Signing in again uses the same account; the account has no password to try, and the password form answers
        // as for any wrong password (it does not tell that the name exists).
        using var again = SignedInClient.Anonymous(factory);
        Assert.Equal("/citizen", await RoundTripAsync(again));
        var loginName = await factory.Database.ScalarAsync<string>("SELECT login_name FROM credit.citizen_accounts WHERE external_id = $1", factory.IdentityProvider.Authority + "|" + sub);
        var form = await HtmlPages.GetAsync(again, "/citizen/login");
        using var password = await HtmlPages.PostFormAsync(again, form, "#citizen-login", new() { ["loginName"] = loginName, ["password"] = "Huzhou@2026" });
        Assert.Equal("账户名或密码不正确。", (await HtmlPages.ParseAsync(password)).QuerySelector("#error")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_name_that_does_not_match_the_registry_or_a_refusal_at_the_platform_signs_no_one_in()
    {
        var (id, name) = await PersonAsync();
        factory.IdentityProvider.NextPerson = new("zlb-" + Unique.Digits(10), id, name + "某");
        using var citizen = SignedInClient.Anonymous(factory);
        var landed = await RoundTripAsync(citizen);
        Assert.StartsWith("/citizen/login?error=", landed, StringComparison.Ordinal);
        var page = await HtmlPages.GetAsync(citizen, landed);
        Assert.Contains("姓名与主体库登记的不一致", page.QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        using (var code = await citizen.GetAsync("/citizen"))
        {
            Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
            Assert.StartsWith("/citizen/login", HtmlPages.Location(code), StringComparison.Ordinal);
        }

        factory.IdentityProvider.NextPerson = null;
        landed = await RoundTripAsync(citizen);
        Assert.Contains("统一身份认证未完成", (await HtmlPages.GetAsync(citizen, landed)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.citizen_accounts c JOIN credit.subjects s ON s.id = c.subject_id WHERE s.name = $1", name));

        // The failures were logged (as warnings) without the person's ID number.
        Assert.False(LogFiles.Contain(id));
    }

    /// <summary>A person the registry knows (from a volunteer-service record).</summary>
    private async Task<(string Id, string Name)> PersonAsync()
    {
        var id = Unique.ResidentId("330521");
        var name = "姚" + Unique.ChineseFragment(2);
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IRecordDelivery>().DeliverAsync(new("ZYFW", "HZ-TSW", "it-tests", "志愿服务", [new Dictionary<string, string?>
        {
            ["志愿者姓名"] = name, ["身份证号码"] = id, ["服务记录编号"] = "ZY" + Unique.Digits(10), ["服务项目"] = "德清县图书馆阅读推广",
            ["服务时长（小时）"] = "12", ["服务日期"] = DateTime.UtcNow.AddHours(8).AddMonths(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["记录单位"] = "德清县志愿者协会",
        }]));
        Assert.True(result.AllAccepted);
        return (id, name);
    }

    /// <summary>Challenge → the platform's authorize endpoint → the callback; returns where the app sends the browser after the callback.</summary>
    private async Task<string> RoundTripAsync(HttpClient citizen)
    {
        using var challenge = await citizen.GetAsync("/citizen/login/oidc");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(factory.IdentityProvider.Authority + "/authorize?", authorize.ToString(), StringComparison.Ordinal);

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var answer = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var callback = answer.Headers.Location!;
        Assert.Equal("/citizen/signin-oidc", callback.AbsolutePath);

        using var back = await citizen.GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        return HtmlPages.Location(back);
    }
}
