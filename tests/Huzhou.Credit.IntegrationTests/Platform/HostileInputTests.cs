using System.Net;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>Addresses and forms a person would never send (huge page numbers, year 0, NUL characters) answer 400/404 pages in Chinese, never a 500.</summary>
[Collection(CreditCollection.Name)]
public sealed class HostileInputTests(CreditAppFactory factory)
{
    [Theory]
    [InlineData("admin", "/admin/audit?page=2147483647")]
    [InlineData("admin", "/admin/users?page=2147483647")]
    [InlineData("xinyongban", "/subjects?page=2147483647")]
    [InlineData("xinyongban", "/sanctions/checks?page=2147483647")]
    [InlineData("xinyongban", "/lists?page=2147483647")]
    [InlineData("xinyongban", "/collection?page=2147483647")]
    [InlineData("xinyongban", "/commitments?page=2147483647")]
    [InlineData("xinyongban", "/dossier/reports?page=2147483647")]
    [InlineData(null, "/public/lists?page=2147483647")]
    [InlineData(null, "/public/publicity?page=2147483647")]
    public async Task A_page_number_past_any_list_answers_an_empty_page(string? user, string url)
    {
        using var client = user is null ? SignedInClient.Anonymous(factory) : await SignedInClient.CreateAsync(factory, user);

        await HtmlPages.GetAsync(client, url);
    }

    [Theory]
    [InlineData("/repair/calendar?year=0")]
    [InlineData("/repair/calendar?year=-5")]
    [InlineData("/repair/calendar?year=10000")]
    public async Task A_calendar_year_out_of_range_is_not_found(string url)
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");

        var page = await HtmlPages.GetAsync(office, url, HttpStatusCode.NotFound);

        Assert.Contains("页面不存在", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_NUL_character_in_a_form_field_is_refused_with_a_Chinese_400()
    {
        using var citizen = SignedInClient.Anonymous(factory);
        var form = await HtmlPages.GetAsync(citizen, "/citizen/login");

        using var response = await HtmlPages.PostFormAsync(citizen, form, "#citizen-login", new() { ["loginName"] = "a\u0000b", ["password"] = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("控制字符", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_NUL_character_in_a_search_box_is_refused_with_a_Chinese_400()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");

        var page = await HtmlPages.GetAsync(office, "/subjects?q=%E6%B9%96%00%E5%B7%9E", HttpStatusCode.BadRequest);

        Assert.Contains("控制字符", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subject_name_with_a_bidi_override_is_refused_and_nothing_is_stored()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        // Stored, “湖州\u202E司公限有易贸某” would read as “湖州某贸易有限公司” on every page and in every export.
        var name = "湖州\u202E司公限有" + Unique.ChineseFragment(3);

        using var response = await Huzhou.Credit.IntegrationTests.Subjects.SubjectForms.SubmitOrganisationAsync(office, name, Unique.Uscc("330502"), "330502");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("文字方向控制符", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.Database.CountSubjectsNamedAsync(name));
    }
}
