using System.Net;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Identity;

[Collection(CreditCollection.Name)]
public sealed class SignInTests(CreditAppFactory factory)
{
    [Theory]
    [InlineData("xinyongban", "/staff")]
    [InlineData("scjg.staff", "/staff")]
    [InlineData("admin", "/admin")]
    public async Task Good_password_signs_in_and_redirects_to_the_role_home(string userName, string home)
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await SignedInClient.PostLoginAsync(client, userName, CreditAppFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(home, HtmlPages.Location(response));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hzc.auth=", StringComparison.Ordinal));
        // The cookie really signs in: the role home opens.
        using var homePage = await client.GetAsync(home);
        Assert.Equal(HttpStatusCode.OK, homePage.StatusCode);
    }

    [Fact]
    public async Task Bad_password_shows_the_Chinese_error_and_does_not_sign_in()
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await SignedInClient.PostLoginAsync(client, "xinyongban", "Wrong@20260");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码不正确", html, StringComparison.Ordinal);
        using var staff = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, staff.StatusCode);
        Assert.StartsWith("/account/login", HtmlPages.Location(staff), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_post_without_antiforgery_token_is_refused_with_400()
    {
        using var client = SignedInClient.Anonymous(factory);
        // Take the antiforgery cookie from the page but leave the token out of the form.
        await HtmlPages.GetAsync(client, "/account/login");

        using var response = await HtmlPages.PostAsync(client, "/account/login",
            [new("UserName", "xinyongban"), new("Password", CreditAppFactory.DemoPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("hzc.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Five_wrong_passwords_make_this_address_wait_for_the_name_without_locking_the_account()
    {
        var userName = "it.lockout." + Unique.Digits(8);
        await CreateThrowawayUserAsync(userName);
        using var client = SignedInClient.Anonymous(factory);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await SignedInClient.PostLoginAsync(client, userName, "Wrong@20260");
            Assert.Contains("用户名或密码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // This address waits for this name, even with the right password (it is not checked) ...
        using var right = await SignedInClient.PostLoginAsync(client, userName, CreditAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("密码错误次数过多", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // ... but the account itself is not locked (another address signs in: SignInThrottlingTests).
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.False(await users.IsLockedOutAsync((await users.FindByNameAsync(userName))!));
    }

    /// <summary>A department-staff account of its own, so the shared demo accounts are never locked.</summary>
    private async Task CreateThrowawayUserAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CreditIdentityDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var department = await db.Departments.AsNoTracking().OrderBy(d => d.Id).FirstAsync();
        var user = new StaffUser
        {
            UserName = userName,
            DisplayName = "锁定测试",
            DepartmentId = department.Id,
            DistrictCode = department.DistrictCode,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var created = await users.CreateAsync(user, CreditAppFactory.DemoPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, CreditRoles.DepartmentStaff)).Succeeded);
    }
}
