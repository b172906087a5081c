using System.Net;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Identity;

[Collection(CreditCollection.Name)]
public sealed class RoleAccessTests(CreditAppFactory factory)
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/admin/api-clients")]
    public async Task Department_staff_is_denied_the_admin_pages(string path)
    {
        using var client = await SignedInClient.CreateAsync(factory, "scjg.staff");

        using var response = await client.GetAsync(path);

        AssertDenied(response, path);
    }

    [Fact]
    public async Task Department_staff_is_denied_the_job_dashboard()
    {
        using var client = await SignedInClient.CreateAsync(factory, "scjg.staff");

        using var response = await client.GetAsync("/admin/jobs");

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
            $"/admin/jobs answered {(int)response.StatusCode} to department staff");
    }

    [Fact]
    public async Task Anonymous_visitor_is_denied_the_job_dashboard()
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await client.GetAsync("/admin/jobs");

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
            $"/admin/jobs answered {(int)response.StatusCode} to an anonymous visitor");
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/admin/api-clients")]
    [InlineData("/admin/jobs")]
    public async Task Administrator_opens_the_admin_pages(string path)
    {
        using var client = await SignedInClient.CreateAsync(factory, "admin");

        using var response = await client.GetAsync(path);

        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"{path} answered {(int)response.StatusCode} to the administrator: {HtmlPages.Describe(await response.Content.ReadAsStringAsync())}");
    }

    [Fact]
    public async Task The_job_dashboard_speaks_Chinese_and_does_not_show_the_storage_connection()
    {
        using var client = await SignedInClient.CreateAsync(factory, "admin");

        var page = await client.GetStringAsync("/admin/jobs");

        Assert.Contains("后台任务", page, StringComparison.Ordinal);
        Assert.Contains("作业", page, StringComparison.Ordinal); // Hangfire's own zh resources (e.g. 作业 for Jobs)
        Assert.DoesNotContain("Host=", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Database=", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in_for_the_registry()
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await client.GetAsync("/subjects");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", HtmlPages.Location(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/subjects")]
    [InlineData("/staff")]
    public async Task Kiosk_cannot_open_staff_pages(string path)
    {
        using var client = await SignedInClient.CreateAsync(factory, "kiosk");

        using var response = await client.GetAsync(path);

        AssertDenied(response, path);
    }

    [Fact]
    public async Task Administrator_cannot_open_the_registry_of_personal_data()
    {
        using var client = await SignedInClient.CreateAsync(factory, "admin");

        using var response = await client.GetAsync("/subjects");

        AssertDenied(response, "/subjects");
    }

    /// <summary>Denied means 403, or the cookie handler's redirect to the access-denied page (never the page itself).</summary>
    internal static void AssertDenied(HttpResponseMessage response, string path)
    {
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return;
        }

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{path} answered {(int)response.StatusCode}; expected 403 or a redirect to /account/access-denied");
        Assert.StartsWith("/account/access-denied", HtmlPages.Location(response), StringComparison.Ordinal);
    }
}
