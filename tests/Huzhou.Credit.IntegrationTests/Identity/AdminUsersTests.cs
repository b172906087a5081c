using System.Net;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Identity;

[Collection(CreditCollection.Name)]
public sealed class AdminUsersTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Administrator_opens_an_account_and_a_disabled_account_can_no_longer_sign_in()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var userName = "it.user." + Unique.Digits(8);
        var createPage = await HtmlPages.GetAsync(admin, "/admin/users/create");
        var department = createPage.QuerySelectorAll("#DepartmentId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;

        using var created = await HtmlPages.PostFormAsync(admin, createPage, "main form", new()
        {
            ["UserName"] = userName,
            ["DisplayName"] = "测试" + Unique.ChineseFragment(2),
            ["DepartmentId"] = department,
            ["Roles"] = "DepartmentStaff",
            ["Password"] = CreditAppFactory.DemoPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        using (var user = SignedInClient.Anonymous(factory))
        {
            using var login = await SignedInClient.PostLoginAsync(user, userName, CreditAppFactory.DemoPassword);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        var id = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.staff_users WHERE user_name = $1", userName);
        var editPage = await HtmlPages.GetAsync(admin, $"/admin/users/{id}/edit");
        using var disabled = await HtmlPages.PostFormAsync(admin, editPage, "main form[action$='/edit']", new() { ["IsActive"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.False(await factory.Database.ScalarAsync<bool>("SELECT is_active FROM credit.staff_users WHERE id = $1", id));

        using var again = SignedInClient.Anonymous(factory);
        using var refused = await SignedInClient.PostLoginAsync(again, userName, CreditAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("该账号已停用", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_form_with_a_weak_password_shows_the_Chinese_rule_and_creates_nothing()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var userName = "it.weak." + Unique.Digits(8);
        var createPage = await HtmlPages.GetAsync(admin, "/admin/users/create");
        var department = createPage.QuerySelectorAll("#DepartmentId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;

        using var response = await HtmlPages.PostFormAsync(admin, createPage, "main form", new()
        {
            ["UserName"] = userName,
            ["DisplayName"] = "弱密码",
            ["DepartmentId"] = department,
            ["Roles"] = "DepartmentStaff",
            ["Password"] = "short",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("密码至少需要 10 个字符", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.staff_users WHERE user_name = $1", userName));
    }
}
