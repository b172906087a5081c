using System.Net;
using System.Text.RegularExpressions;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Platform;

[Collection(CreditCollection.Name)]
public sealed partial class HostTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Liveness_answers_200()
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_answers_Healthy_when_the_database_answers()
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Serilog's factory makes a new logger on every call, and the framework asks for one per request for each
    /// authentication handler: the platform keeps one per category (CachingLoggerFactory).
    /// </summary>
    [Fact]
    public void A_category_gets_the_same_logger_every_time()
    {
        var loggers = factory.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>();

        Assert.Same(loggers.CreateLogger("Huzhou.Credit.Sample"), loggers.CreateLogger("Huzhou.Credit.Sample"));
        Assert.NotSame(loggers.CreateLogger("Huzhou.Credit.Sample"), loggers.CreateLogger("Huzhou.Credit.Other"));
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database()
    {
        using var client = SignedInClient.Anonymous(factory);
        // The sign-in page issues an antiforgery token, which needs the key ring.
        await HtmlPages.GetAsync(client, "/account/login");

        Assert.True(await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.data_protection_keys") > 0);
    }

    [Fact]
    public async Task Home_page_sends_the_security_headers()
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Home_page_is_Chinese_with_unescaped_Chinese_text()
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("湖州市公共信用信息平台", html, StringComparison.Ordinal);
        // Razor's default encoder would write 湖 as &#x6E56;: no CJK character may appear as an entity.
        Assert.DoesNotMatch(CjkEntity(), html);
    }

    [Fact]
    public async Task Unknown_page_is_a_Chinese_404_page()
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await client.GetAsync("/no-such-page-" + Unique.Digits(6));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("页面不存在", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_api_path_is_a_404_problem()
    {
        using var client = SignedInClient.Anonymous(factory);

        using var response = await client.GetAsync("/api/v1/no-such-resource-" + Unique.Digits(6));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex("&#x(4E|[5-9][0-9A-F])[0-9A-F]{2};", RegexOptions.IgnoreCase)]
    private static partial Regex CjkEntity();
}
