using System.Net;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Identity;

/// <summary>
/// The administrator marks an API client as 测试客户端 when issuing its key or later on <c>/admin/api-clients</c>, and
/// clears the mark; each change is audited, and the page shows the mark.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class ApiClientTestFlagTests(CreditAppFactory factory)
{
    [Fact]
    public async Task The_administrator_marks_and_unmarks_a_test_client_and_each_change_is_audited()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var name = "联调客户端" + Unique.Digits(6);
        await ApiKeys.IssueAsync(admin, name, "checks:write", 600);
        var id = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.api_clients WHERE name = $1", name);
        Assert.False(await IsTestAsync(id));

        var page = await HtmlPages.GetAsync(admin, "/admin/api-clients");
        Assert.Null(page.QuerySelector($"#api-client-{id} .test-client"));
        using (var marked = await HtmlPages.PostFormAsync(admin, page, $"#api-client-{id} form.test-flag", []))
        {
            Assert.Contains("已标记为测试客户端", (await Flashes.FollowAsync(admin, marked)).Success, StringComparison.Ordinal);
        }

        Assert.True(await IsTestAsync(id));
        page = await HtmlPages.GetAsync(admin, "/admin/api-clients");
        Assert.NotNull(page.QuerySelector($"#api-client-{id} .test-client"));
        Assert.Equal(1, await AuditCountAsync(name, "标记为测试客户端"));

        // Marking it again changes nothing and writes nothing.
        using (var again = await HtmlPages.PostAsync(admin, $"/admin/api-clients/{id}/test", [new("isTest", "true"), new("__RequestVerificationToken", HtmlPages.AntiforgeryToken(page))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        Assert.Equal(1, await AuditCountAsync(name, "%"));

        using (var cleared = await HtmlPages.PostFormAsync(admin, page, $"#api-client-{id} form.test-flag", []))
        {
            Assert.Contains("已取消测试客户端标记", (await Flashes.FollowAsync(admin, cleared)).Success, StringComparison.Ordinal);
        }

        Assert.False(await IsTestAsync(id));
        Assert.Equal(1, await AuditCountAsync(name, "取消%测试客户端标记"));
        Assert.Equal(2, await AuditCountAsync(name, "%"));

        using var missing = await HtmlPages.PostAsync(admin, "/admin/api-clients/999999999/test", [new("isTest", "true"), new("__RequestVerificationToken", HtmlPages.AntiforgeryToken(page))]);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_key_issued_as_a_test_client_is_marked_from_the_start_and_the_issue_is_audited_as_such()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var name = "联调签发" + Unique.Digits(6);
        var page = await HtmlPages.GetAsync(admin, "/admin/api-clients");
        var department = page.QuerySelectorAll("select#DepartmentId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;

        using var issued = await HtmlPages.PostFormAsync(admin, page, "form[action='/admin/api-clients']", new()
        {
            ["Name"] = name, ["DepartmentId"] = department, ["Scopes"] = "checks:write", ["RateLimitPerMinute"] = "600", ["IsTest"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT is_test FROM credit.api_clients WHERE name = $1", name));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = 'identity.api-client.issue' AND detail LIKE '%' || $1 || '%测试客户端'", name));
        Assert.NotNull((await HtmlPages.GetAsync(admin, "/admin/api-clients")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal)).QuerySelector(".test-client"));
    }

    private Task<bool> IsTestAsync(long id) => factory.Database.ScalarAsync<bool>("SELECT is_test FROM credit.api_clients WHERE id = $1", id);

    private Task<long> AuditCountAsync(string name, string pattern) => factory.Database.ScalarAsync<long>(
        "SELECT count(*) FROM credit.audit_log WHERE action = 'identity.api-client.test' AND user_name = 'admin' AND detail LIKE '%' || $1 || '%' AND detail LIKE '%' || $2 || '%'", name, pattern);
}
