using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Identity;

/// <summary>The audit-log viewer filters by action prefix and by Asia/Shanghai calendar days; unreadable dates are explained, not a 500.</summary>
[Collection(CreditCollection.Name)]
public sealed class AuditLogViewerTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Audit_log_filters_by_action_and_by_Shanghai_calendar_day()
    {
        var action = "test.h23." + Unique.Digits(8);
        // 23:30 in Huzhou on 1 March is 15:30 UTC: the entry belongs to 1 March, not 2 March.
        await factory.Database.ExecuteAsync(
            "INSERT INTO credit.audit_log (occurred_at, user_name, action, module) VALUES ('2026-03-01 23:30:00+08', 'it-tests', $1, 'Tests')", action);
        using var admin = await SignedInClient.CreateAsync(factory, "admin");

        Assert.Equal(1, Rows(await HtmlPages.GetAsync(admin, $"/admin/audit?action={action}"), action));
        Assert.Equal(1, Rows(await HtmlPages.GetAsync(admin, $"/admin/audit?action={action}&from=2026-03-01&to=2026-03-01"), action));
        Assert.Equal(0, Rows(await HtmlPages.GetAsync(admin, $"/admin/audit?action={action}&from=2026-03-02"), action));
        Assert.Equal(0, Rows(await HtmlPages.GetAsync(admin, $"/admin/audit?action={action}&to=2026-02-28"), action));
        var unfiltered = await HtmlPages.GetAsync(admin, "/admin/audit");
        Assert.DoesNotContain("共 0 条", unfiltered.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_credit_office_sees_the_entries_of_its_own_districts_staff_only()
    {
        var action = "test.h23.scope." + Unique.Digits(8);
        // changxing.staff works in 长兴 (330522), xinyongban at the city level.
        await factory.Database.ExecuteAsync(
            "INSERT INTO credit.audit_log (occurred_at, user_name, action, module) VALUES (now(), 'changxing.staff', $1, 'Tests'), (now(), 'xinyongban', $1, 'Tests')", action);
        using var district = await SignedInClient.CreateAsync(factory, "changxing.xyb");
        using var city = await SignedInClient.CreateAsync(factory, "xinyongban");

        var seenByDistrict = await HtmlPages.GetAsync(district, $"/admin/audit?action={action}");
        var seenByCity = await HtmlPages.GetAsync(city, $"/admin/audit?action={action}");

        Assert.Equal(1, Rows(seenByDistrict, action));
        Assert.Contains("changxing.staff", seenByDistrict.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("xinyongban", seenByDistrict.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, Rows(seenByCity, action));
    }

    [Theory]
    [InlineData("/admin/audit?from=0001-01-01", "起始日期")]
    [InlineData("/admin/audit?to=9999-12-31", "截止日期")]
    [InlineData("/admin/audit?from=2026-13-45", "起始日期")]
    [InlineData("/admin/audit?from=2026-03-02&to=2026-03-01", "起始日期晚于截止日期")]
    [InlineData("/sanctions/checks?from=0001-01-01", "起始日期")]
    [InlineData("/sanctions/checks?to=9999-12-31", "截止日期")]
    [InlineData("/sanctions/checks?from=abc", "起始日期")]
    public async Task An_unusable_date_filter_is_explained_in_Chinese_instead_of_a_500(string url, string message)
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");

        var page = await HtmlPages.GetAsync(office, url);

        Assert.Contains(message, page.QuerySelector("#filter-error")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_log_date_filter_answers_the_page()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");

        var page = await HtmlPages.GetAsync(office, "/sanctions/checks?from=2026-01-01&to=2026-12-31");

        Assert.Null(page.QuerySelector("#filter-error"));
    }

    private static int Rows(AngleSharp.Html.Dom.IHtmlDocument page, string action) =>
        page.QuerySelectorAll("tbody tr td.code").Count(td => td.TextContent.Trim() == action);
}
