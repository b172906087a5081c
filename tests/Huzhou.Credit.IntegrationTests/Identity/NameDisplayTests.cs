using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Identity;

/// <summary>
/// Issue #26: pages name roles, API scopes, departments and people in Chinese, keeping the stored code or login name
/// in a tooltip (<c>title</c>) for traceability.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class NameDisplayTests(CreditAppFactory factory)
{
    [Fact]
    public async Task The_API_clients_page_names_scopes_in_Chinese_with_the_code_in_a_tooltip()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var clientName = "湖州市行政审批系统" + Unique.Digits(5);
        await ApiKeys.IssueAsync(admin, clientName, "checks:write", 60, "湖州市市场监督管理局");

        var page = await HtmlPages.GetAsync(admin, "/admin/api-clients");
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")?.TextContent.Trim() == clientName);
        var scope = Assert.Single(row.QuerySelectorAll("td.scopes span[title]"));
        Assert.Equal("checks:write", scope.GetAttribute("title"));
        Assert.Equal("联合奖惩核查", scope.TextContent.Trim());
        Assert.DoesNotContain("checks:write", row.TextContent, StringComparison.Ordinal);
        // The issuer is the administrator's display name, the login in its tooltip.
        var issuer = row.QuerySelector("span[title='admin']");
        Assert.NotNull(issuer);
        Assert.NotEqual("admin", issuer.TextContent.Trim());

        // The form's check boxes too.
        var label = page.QuerySelector("label[for='scope-checks-write']")!;
        Assert.Equal("checks:write", label.GetAttribute("title"));
        Assert.StartsWith("联合奖惩核查", label.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_users_page_names_roles_in_Chinese_with_the_code_in_a_tooltip()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var page = await HtmlPages.GetAsync(admin, "/admin/users?q=scjg.staff");
        var row = page.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("td")?.TextContent.Trim() == "scjg.staff");
        var role = row.QuerySelector("span.role-name[title='DepartmentStaff']");
        Assert.NotNull(role);
        Assert.Equal("部门工作人员", role.TextContent.Trim());
    }
}
