using System.Net;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>
/// Every file the platform hands out is <c>Cache-Control: no-store</c> (one rule in the security headers, not one line per
/// download action): a shared computer's browser or a proxy keeps no copy of a report or an export.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class ExportCachingTests(CreditAppFactory factory)
{
    [Theory]
    [InlineData("scjg.staff", "/catalogue/XZXK/template?format=xlsx")]
    [InlineData("scjg.staff", "/catalogue/XZXK/template?format=csv-utf8")]
    [InlineData("scjg.staff", "/evaluation/fields/WYGL/export?grade=C")]
    [InlineData("xinyongban", "/integrity/redemptions/export?from=2026-01-01&to=2026-01-31")]
    [InlineData("xinyongban", "/repair/export")]
    [InlineData("xinyongban", "/commitments/export")]
    public async Task A_downloaded_export_is_not_stored_by_browsers_or_proxies(string user, string url)
    {
        using var client = await SignedInClient.CreateAsync(factory, user);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNoStore(response, url);
    }

    [Fact]
    public async Task The_credit_report_pdf_is_not_stored_by_browsers_or_proxies()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc();
        await SubjectForms.CreateOrganisationAsync(office, $"湖州{Unique.ChineseFragment()}缓存测试有限公司", uscc);
        using var visitor = SignedInClient.Anonymous(factory);
        var page = await HtmlPages.GetAsync(visitor, $"/public/dossier/{uscc}");

        using var response = await HtmlPages.PostFormAsync(visitor, page, "#dossier-report-form", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        AssertNoStore(response, "credit report");
    }

    [Fact]
    public async Task An_answer_that_is_no_file_is_not_marked_no_store_by_the_file_rule()
    {
        using var visitor = SignedInClient.Anonymous(factory);

        // A style sheet (the health endpoints and antiforgery pages set no-store for reasons of their own).
        using var response = await visitor.GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    private static void AssertNoStore(HttpResponseMessage response, string what) =>
        Assert.True(response.Headers.CacheControl?.NoStore == true,
            $"{what}: Cache-Control was '{response.Headers.CacheControl}', expected no-store");
}
