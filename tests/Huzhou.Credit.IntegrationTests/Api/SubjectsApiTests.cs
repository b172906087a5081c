using System.Net;
using System.Text.Json;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Api;

/// <summary>
/// <c>GET /api/v1/subjects/{uscc}</c> with a key issued through the admin page: authentication, problem
/// responses, the per-client rate limit and revocation. One test walks the key's whole life, because the
/// rate limit counts every call of the client.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class SubjectsApiTests(CreditAppFactory factory)
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task Issued_key_reads_subjects_within_its_rate_limit_until_it_is_revoked()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var clientName = "集成测试系统" + Unique.ChineseFragment();
        var key = await IssueKeyAsync(admin, clientName, rateLimitPerMinute: 3);
        var (uscc, name) = await AnyOrganisationAsync();
        using var api = SignedInClient.Anonymous(factory);

        // 1st call of the minute: the organisation's public data.
        using (var ok = await GetAsync(api, $"/api/v1/subjects/{uscc}", key))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            using var json = JsonDocument.Parse(await ok.Content.ReadAsStringAsync());
            Assert.Equal(name, json.RootElement.GetProperty("name").GetString());
            Assert.Equal(uscc, json.RootElement.GetProperty("uscc").GetString());
        }

        // Without a key: 401 problem (not a redirect to the sign-in page), and not counted against the client.
        using (var anonymous = await GetAsync(api, $"/api/v1/subjects/{uscc}", key: null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal(ProblemJson, anonymous.Content.Headers.ContentType?.MediaType);
        }

        // 2nd call: a malformed code.
        using (var bad = await GetAsync(api, "/api/v1/subjects/91330502MA2B3C4D5", key))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal(ProblemJson, bad.Content.Headers.ContentType?.MediaType);
        }

        // 3rd call: a valid code nobody registered.
        var unknown = await UnknownCodeAsync();
        using (var missing = await GetAsync(api, $"/api/v1/subjects/{unknown}", key))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Equal(ProblemJson, missing.Content.Headers.ContentType?.MediaType);
        }

        // 4th call within the minute: over the limit of 3.
        using (var limited = await GetAsync(api, $"/api/v1/subjects/{uscc}", key))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        }

        await RevokeAsync(admin, clientName);

        // Refused at once: the revoke evicts the 30-second cache entry of the client.
        using var revoked = await GetAsync(api, $"/api/v1/subjects/{uscc}", key);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal(ProblemJson, revoked.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Call_without_a_key_is_a_401_problem()
    {
        var (uscc, _) = await AnyOrganisationAsync();
        using var api = SignedInClient.Anonymous(factory);

        using var response = await GetAsync(api, $"/api/v1/subjects/{uscc}", key: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Made_up_key_is_a_401_problem()
    {
        var (uscc, _) = await AnyOrganisationAsync();
        using var api = SignedInClient.Anonymous(factory);

        using var response = await GetAsync(api, $"/api/v1/subjects/{uscc}", "hzc_0badc0de_" + new string('A', 43));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await client.SendAsync(request);
    }

    private static Task<string> IssueKeyAsync(HttpClient admin, string clientName, int rateLimitPerMinute) =>
        ApiKeys.IssueAsync(admin, clientName, "subjects:read", rateLimitPerMinute);

    /// <summary>Revokes the client through the revoke form in its row of the list.</summary>
    private static async Task RevokeAsync(HttpClient admin, string clientName)
    {
        var page = await HtmlPages.GetAsync(admin, "/admin/api-clients");
        var row = page.QuerySelectorAll("tr").First(r => r.QuerySelector("td")?.TextContent.Trim() == clientName);
        var action = row.QuerySelector("form[action$='/revoke']")?.GetAttribute("action")
            ?? throw new InvalidOperationException("The client's row has no revoke form.");

        using var response = await HtmlPages.PostFormAsync(admin, page, $"form[action='{action}']", new() { ["reason"] = "集成测试：停用" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await HtmlPages.GetAsync(admin, "/admin/api-clients");
        var revokedRow = after.QuerySelectorAll("tr").First(r => r.QuerySelector("td")?.TextContent.Trim() == clientName);
        Assert.Contains("已吊销", revokedRow.TextContent, StringComparison.Ordinal);
    }

    private async Task<(string Uscc, string Name)> AnyOrganisationAsync()
    {
        await using var command = factory.Database.CreateCommand(
            "SELECT uscc, name FROM credit.subjects WHERE uscc IS NOT NULL AND NOT uscc_check_warning ORDER BY id LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "The demo city has no organisation.");
        return (reader.GetString(0), reader.GetString(1));
    }

    private async Task<string> UnknownCodeAsync()
    {
        while (true)
        {
            var code = Unique.Uscc();
            if (await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subjects WHERE uscc = $1", code) == 0)
            {
                return code;
            }
        }
    }
}
