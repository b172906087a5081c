using System.Globalization;
using System.Net;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Identity;

/// <summary>A citizen's password sign-in: after five wrong passwords the address waits for that name, even with the right one, but the account is not locked; a citizen cookie opens no staff page.</summary>
[Collection(CreditCollection.Name)]
public sealed class CitizenSignInTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Five_wrong_passwords_make_the_address_wait_without_locking_the_citizen_account_and_a_citizen_cookie_opens_no_staff_page()
    {
        var id = Unique.ResidentId("330503");
        var name = "费" + Unique.ChineseFragment(2);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var delivered = await scope.ServiceProvider.GetRequiredService<IRecordDelivery>().DeliverAsync(new("ZYFW", "HZ-TSW", "it-tests", "志愿服务", [new Dictionary<string, string?>
            {
                ["志愿者姓名"] = name, ["身份证号码"] = id, ["服务记录编号"] = "ZY" + Unique.Digits(10), ["服务项目"] = "南浔古镇文明劝导",
                ["服务时长（小时）"] = "8", ["服务日期"] = DateTime.UtcNow.AddHours(8).AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["记录单位"] = "南浔区志愿者协会",
            }]));
            Assert.True(delivered.AllAccepted);
        }

        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var login = "sm" + Unique.Digits(8);
        using (var opened = await HtmlPages.PostFormAsync(office, await HtmlPages.GetAsync(office, "/admin/citizens"), "#open-form", new() { ["IdNumber"] = id, ["Name"] = name, ["LoginName"] = login, ["Password"] = "Shimin@2026ab" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        }

        using var citizen = SignedInClient.Anonymous(factory);
        async Task<string> SignInAsync(string password)
        {
            using var response = await HtmlPages.PostFormAsync(citizen, await HtmlPages.GetAsync(citizen, "/citizen/login"), "#citizen-login", new() { ["loginName"] = login, ["password"] = password });
            return response.StatusCode == HttpStatusCode.Redirect ? HtmlPages.Location(response) : (await HtmlPages.ParseAsync(response)).QuerySelector("#error")!.TextContent;
        }

        for (var i = 0; i < 5; i++)
        {
            Assert.Contains("账户名或密码不正确", await SignInAsync("Wrong@2026ab"), StringComparison.Ordinal);
        }

        // This address now waits for this name, even with the right password; the account is not locked in the database.
        Assert.Contains("密码错误次数过多", await SignInAsync("Shimin@2026ab"), StringComparison.Ordinal);
        Assert.Null(await factory.Database.ScalarAsync<DateTimeOffset?>("SELECT locked_until FROM credit.citizen_accounts WHERE login_name = $1", login));

        // From another address (a host of its own, whose throttle has not seen these failures) the right password opens the page, and only that page.
        await using var elsewhere = factory.WithWebHostBuilder(_ => { });
        using var citizenElsewhere = elsewhere.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        using (var signedIn = await HtmlPages.PostFormAsync(citizenElsewhere, await HtmlPages.GetAsync(citizenElsewhere, "/citizen/login"), "#citizen-login", new() { ["loginName"] = login, ["password"] = "Shimin@2026ab" }))
        {
            Assert.Equal("/citizen", HtmlPages.Location(signedIn));
        }

        using var staffPage = await citizenElsewhere.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, staffPage.StatusCode);
        Assert.StartsWith("/account/login", HtmlPages.Location(staffPage), StringComparison.Ordinal);
    }
}
