using System.Net;
using System.Text.Json;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Api;

/// <summary>The OpenAPI document lists the /api/v1 operations only, and the reference page reads it.</summary>
[Collection(CreditCollection.Name)]
public sealed class ApiDocumentTests(CreditAppFactory factory)
{
    [Fact]
    public async Task The_openapi_document_describes_the_api_and_nothing_else_and_the_reference_page_reads_it()
    {
        using var anonymous = factory.CreateClient();

        using var document = await anonymous.GetAsync("/api/v1/openapi.json");
        var json = JsonDocument.Parse(await document.Content.ReadAsStringAsync()).RootElement;
        var page = await HtmlPages.GetAsync(anonymous, "/api/docs");

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/checks", paths);
        Assert.Contains("/api/v1/checks/batch", paths);
        Assert.Contains("/api/v1/subjects/{code}", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
        Assert.Equal("联合奖惩核查", json.GetProperty("paths").GetProperty("/api/v1/checks").GetProperty("post").GetProperty("summary").GetString());
        Assert.Contains("X-Api-Key", json.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("/api/v1/openapi.json", page.QuerySelector("#api-docs")!.GetAttribute("data-openapi-url"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/api-docs.js']"));
    }
}
