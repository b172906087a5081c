using System.Diagnostics;
using System.Net;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Identity;

/// <summary>
/// Issue #23 §9 and §12: sign-in attempts are limited per client address, every failure answers alike, a stranger
/// cannot lock a real user out, and anonymous organisation registration is limited. The shared test host switches
/// the per-address limits off (every test request comes from one address there); these tests run a host of their
/// own that trusts a proxy (<c>ReverseProxy:KnownProxies</c>) so that each client has its own forwarded address.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class SignInThrottlingTests(CreditAppFactory factory)
{
    private const string Wrong = "Wrong@20260";

    [Fact]
    public async Task Quick_attempts_from_one_address_are_refused_with_a_Chinese_429_on_every_form_and_other_addresses_are_not()
    {
        await using var host = Throttled(("SignIn:AttemptsPerAddressPerMinute", "5"));
        using var hammer = From(host, "198.51.100.10");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var attempt = await SignInAsync(hammer, Form.Staff, "nobody." + i, Wrong);
            statuses.Add(attempt.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));

        // The budget is the address's, across the three forms.
        foreach (var form in new[] { Form.Staff, Form.Organisation, Form.Citizen })
        {
            using var refused = await SignInAsync(hammer, form, "nobody.x", Wrong);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            Assert.Contains("登录尝试过于频繁", ErrorText(await HtmlPages.ParseAsync(refused), form), StringComparison.Ordinal);
        }

        // A real user elsewhere signs in as usual.
        using var elsewhere = From(host, "198.51.100.11");
        using var signedIn = await SignInAsync(elsewhere, Form.Staff, "xinyongban", CreditAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task Unknown_name_wrong_password_disabled_and_much_failed_accounts_answer_alike_and_cost_a_password_hash()
    {
        var active = await ThrottleUserAsync();
        var disabled = await ThrottleUserAsync(isActive: false);
        var failedOften = await ThrottleUserAsync();
        await using var host = Throttled(("SignIn:AttemptsPerAddressPerMinute", "1000"), ("SignIn:AddressFailuresBeforeDelay", "1000"));

        // Another address fails five times for one account (it used to be locked for everyone, and said so).
        using (var stranger = From(host, "198.51.100.20"))
        {
            for (var i = 0; i < 5; i++)
            {
                using var _ = await SignInAsync(stranger, Form.Staff, failedOften, Wrong);
            }
        }

        using var client = From(host, "198.51.100.21");
        var answers = new List<(string Case, HttpStatusCode Status, string Message, TimeSpan Took)>();
        foreach (var (label, name) in new[] { ("unknown", "it.nobody." + Unique.Digits(8)), ("wrong", active), ("disabled", disabled), ("failed often", failedOften) })
        {
            for (var i = 0; i < 3; i++)
            {
                var clock = Stopwatch.StartNew();
                using var response = await SignInAsync(client, Form.Staff, name, Wrong);
                var took = clock.Elapsed;
                answers.Add((label, response.StatusCode, ErrorText(await HtmlPages.ParseAsync(response), Form.Staff), took));
            }
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.All(answers, a => Assert.Equal("用户名或密码不正确。", a.Message));
        // An unknown name is checked against a hash too: not answered in a fraction of a known name's time.
        var unknown = Median(answers.Where(a => a.Case == "unknown").Select(a => a.Took));
        var known = Median(answers.Where(a => a.Case == "wrong").Select(a => a.Took));
        Assert.True(unknown > known * 0.3, $"Unknown name answered in {unknown.TotalMilliseconds:0} ms, a known one in {known.TotalMilliseconds:0} ms.");

        // Only the right password learns that the account is disabled.
        using var rightButDisabled = await SignInAsync(client, Form.Staff, disabled, CreditAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, rightButDisabled.StatusCode);
        Assert.Contains("已停用", ErrorText(await HtmlPages.ParseAsync(rightButDisabled), Form.Staff), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisation_and_citizen_forms_answer_an_unknown_name_and_an_account_without_password_like_a_wrong_password()
    {
        await using var host = Throttled(("SignIn:AttemptsPerAddressPerMinute", "1000"));
        using var client = From(host, "198.51.100.30");
        var oidcOnly = "oidc." + Unique.Digits(9);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Opened through the identity platform: no password (it used to answer “请使用统一身份认证登录”, telling the name exists).
            var db = scope.ServiceProvider.GetRequiredService<CreditIdentityDbContext>();
            db.CitizenAccounts.Add(new CitizenAccount
            {
                LoginName = oidcOnly, SubjectId = -long.Parse(Unique.Digits(9), System.Globalization.CultureInfo.InvariantCulture), Name = "测试", MaskedIdNumber = "330502********1234", CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "it-tests",
            });
            await db.SaveChangesAsync();
        }

        var citizenAnswers = new List<string>();
        foreach (var name in new[] { "it.nobody." + Unique.Digits(8), oidcOnly })
        {
            using var response = await SignInAsync(client, Form.Citizen, name, Wrong);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            citizenAnswers.Add(ErrorText(await HtmlPages.ParseAsync(response), Form.Citizen));
        }

        Assert.All(citizenAnswers, m => Assert.Equal("账户名或密码不正确。", m));

        using var org = await SignInAsync(client, Form.Organisation, "it.nobody." + Unique.Digits(8), Wrong);
        Assert.Equal("账户名或密码不正确。", ErrorText(await HtmlPages.ParseAsync(org), Form.Organisation));
    }

    [Fact]
    public async Task Failing_from_one_address_makes_that_address_wait_but_never_locks_the_user_out_elsewhere()
    {
        var user = await ThrottleUserAsync();
        await using var host = Throttled();
        using var attacker = From(host, "203.0.113.40");
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await SignInAsync(attacker, Form.Staff, user, Wrong);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        // The attacker's address now waits for this name, even with the right password (it is not checked) ...
        using var waiting = await SignInAsync(attacker, Form.Staff, user, CreditAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, waiting.StatusCode);
        Assert.Contains("密码错误次数过多", ErrorText(await HtmlPages.ParseAsync(waiting), Form.Staff), StringComparison.Ordinal);

        // ... while the user, from their own address, signs in: nothing was locked.
        using var owner = From(host, "203.0.113.41");
        using var signedIn = await SignInAsync(owner, Form.Staff, user, CreditAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.False(await users.IsLockedOutAsync((await users.FindByNameAsync(user))!));
    }

    [Fact]
    public async Task Guessing_from_many_addresses_cools_the_account_down_except_for_an_address_that_signed_in_to_it_before()
    {
        var user = await ThrottleUserAsync();
        await using var host = Throttled(("SignIn:AccountFailuresBeforeCoolDown", "6"));
        using var owner = From(host, "203.0.113.50");
        using (var before = await SignInAsync(owner, Form.Staff, user, CreditAppFactory.DemoPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        }

        for (var i = 0; i < 6; i++)
        {
            using var bot = From(host, $"203.0.113.{60 + i}");
            using var wrong = await SignInAsync(bot, Form.Staff, user, Wrong);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        // A new address waits (the right password is not even checked) ...
        using var newcomer = From(host, "203.0.113.99");
        using var coolingDown = await SignInAsync(newcomer, Form.Staff, user, CreditAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, coolingDown.StatusCode);
        Assert.Contains("登录失败次数较多", ErrorText(await HtmlPages.ParseAsync(coolingDown), Form.Staff), StringComparison.Ordinal);

        // ... and so does a name that does not exist after as many failures: the wait does not tell which names exist.
        var nobody = "it.nobody." + Unique.Digits(8);
        for (var i = 0; i < 6; i++)
        {
            using var bot = From(host, $"203.0.113.{70 + i}");
            using var _ = await SignInAsync(bot, Form.Staff, nobody, Wrong);
        }

        using var coolingDownToo = await SignInAsync(newcomer, Form.Staff, nobody, Wrong);
        Assert.Equal(HttpStatusCode.TooManyRequests, coolingDownToo.StatusCode);

        // The address the user signed in from before still gets through.
        using var again = From(host, "203.0.113.50");
        using var signedIn = await SignInAsync(again, Form.Staff, user, CreditAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task Organisation_registrations_are_limited_per_address()
    {
        await using var host = Throttled(("SignIn:RegistrationsPerAddressPerHour", "2"));
        using var client = From(host, "198.51.100.80");
        for (var i = 0; i < 2; i++)
        {
            using var refusedForItsContent = await RegisterAsync(client);
            Assert.Equal(HttpStatusCode.OK, refusedForItsContent.StatusCode);
        }

        using var limited = await RegisterAsync(client);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("注册提交过于频繁", (await HtmlPages.ParseAsync(limited)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);

        using var other = From(host, "198.51.100.81");
        using var allowed = await RegisterAsync(other);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task An_address_sending_many_wrong_API_keys_waits_with_a_Chinese_429_and_others_do_not()
    {
        await using var host = Throttled(("SignIn:ApiKeyFailuresBeforeDelay", "3"));
        using var prober = From(host, "198.51.100.90");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/subjects/" + Unique.Uscc("330502"));
            request.Headers.Add("X-Api-Key", $"hzc_{Unique.Digits(8)}_{Guid.NewGuid():N}");
            using var response = await prober.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        using var fourth = new HttpRequestMessage(HttpMethod.Get, "/api/v1/subjects/" + Unique.Uscc("330502"));
        fourth.Headers.Add("X-Api-Key", $"hzc_{Unique.Digits(8)}_{Guid.NewGuid():N}");
        using var waiting = await prober.SendAsync(fourth);
        Assert.Equal(HttpStatusCode.TooManyRequests, waiting.StatusCode);
        Assert.Contains("错误次数过多", await waiting.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var other = From(host, "198.51.100.91");
        using var fifth = new HttpRequestMessage(HttpMethod.Get, "/api/v1/subjects/" + Unique.Uscc("330502"));
        fifth.Headers.Add("X-Api-Key", $"hzc_{Unique.Digits(8)}_{Guid.NewGuid():N}");
        using var unauthorised = await other.SendAsync(fifth);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
    }

    internal enum Form
    {
        Staff,
        Organisation,
        Citizen,
    }

    /// <summary>A host of its own (its own throttle state) that takes each client's address from <c>X-Forwarded-For</c>, with the given limits.</summary>
    private WebApplicationFactory<Program> Throttled(params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("ReverseProxy:KnownProxies", "192.0.2.1");
            b.UseSetting("SignIn:AttemptsPerAddressPerMinute", "20");
            b.UseSetting("SignIn:AddressFailuresBeforeDelay", "10");
            b.UseSetting("SignIn:RegistrationsPerAddressPerHour", "10");
            b.UseSetting("SignIn:ApiKeyFailuresBeforeDelay", "20");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });

    /// <summary>A browser at <paramref name="address"/> (as the trusted proxy forwards it).</summary>
    private static HttpClient From(WebApplicationFactory<Program> host, string address)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, Form form, string name, string password)
    {
        var (url, selector, nameField, passwordField) = form switch
        {
            Form.Staff => ("/account/login", "form[action='/account/login']", "UserName", "Password"),
            Form.Organisation => ("/org/login", "form[action='/org/login']", "LoginName", "Password"),
            _ => ("/citizen/login", "#citizen-login", "loginName", "password"),
        };
        var page = await HtmlPages.GetAsync(client, url);
        return await HtmlPages.PostFormAsync(client, page, selector, new() { [nameField] = name, [passwordField] = password });
    }

    private static string ErrorText(AngleSharp.Html.Dom.IHtmlDocument page, Form form) =>
        (form == Form.Staff ? page.QuerySelector(".validation-summary-errors li") : page.QuerySelector("#error"))?.TextContent.Trim() ?? "";

    /// <summary>A registration the registry refuses (an unknown code): it still counts against the address.</summary>
    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient client)
    {
        var page = await HtmlPages.GetAsync(client, "/org/register");
        return await HtmlPages.PostFormAsync(client, page, "form[action='/org/register']", new()
        {
            ["LoginName"] = "zc" + Unique.Digits(8), ["Password"] = "Qiye@2026ab", ["Uscc"] = Unique.Uscc("330502"), ["OrganisationName"] = "湖州某某有限公司", ["HandlerName"] = "沈经办",
        });
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>A department-staff account of its own (password <see cref="CreditAppFactory.DemoPassword"/>), so the shared demo accounts are never failed against.</summary>
    private async Task<string> ThrottleUserAsync(bool isActive = true)
    {
        var userName = "it.throttle." + Unique.Digits(8);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CreditIdentityDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var department = await db.Departments.AsNoTracking().OrderBy(d => d.Id).FirstAsync();
        var user = new StaffUser
        {
            UserName = userName,
            DisplayName = "限流测试",
            DepartmentId = department.Id,
            DistrictCode = department.DistrictCode,
            CreatedAt = DateTimeOffset.UtcNow,
            IsActive = isActive,
        };
        var created = await users.CreateAsync(user, CreditAppFactory.DemoPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, CreditRoles.DepartmentStaff)).Succeeded);
        return userName;
    }
}
