using System.Net;

namespace Huzhou.Credit.IntegrationTests.Infrastructure;

internal static class ApiKeys
{
    /// <summary>
    /// Issues a key with <paramref name="scope"/> through <c>/admin/api-clients</c> and reads it from the page. The
    /// client belongs to the department named <paramref name="departmentName"/>, or to the first one listed.
    /// </summary>
    public static async Task<string> IssueAsync(HttpClient admin, string clientName, string scope, int rateLimitPerMinute, string? departmentName = null)
    {
        var page = await HtmlPages.GetAsync(admin, "/admin/api-clients");
        var department = page.QuerySelectorAll("select#DepartmentId option")
            .Where(o => departmentName is null || o.TextContent.Trim() == departmentName)
            .Select(o => o.GetAttribute("value"))
            .First(v => !string.IsNullOrEmpty(v))!;

        using var response = await HtmlPages.PostFormAsync(admin, page, "form[action='/admin/api-clients']", new()
        {
            ["Name"] = clientName,
            ["DepartmentId"] = department,
            ["Scopes"] = scope,
            ["RateLimitPerMinute"] = rateLimitPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var issued = await HtmlPages.ParseAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Issuing answered {(int)response.StatusCode}");
        var key = issued.QuerySelector("#issued-key-value")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(key), "No key on the page: " + HtmlPages.Describe(issued.DocumentElement.OuterHtml));
        Assert.StartsWith("hzc_", key, StringComparison.Ordinal);
        return key;
    }
}
