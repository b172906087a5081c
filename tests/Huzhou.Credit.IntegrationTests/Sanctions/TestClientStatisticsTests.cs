using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;

namespace Huzhou.Credit.IntegrationTests.Sanctions;

/// <summary>
/// Issue #26 §3: checks of API clients marked 测试客户端 are left out of the check statistics (by system, by matter, the
/// cases' coverage) unless the reader switches 包含测试客户端 on, and test clients are marked where they are shown.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class TestClientStatisticsTests(CreditAppFactory factory)
{
    private const string Procurement = "SX-060";
    private const string ProcurementName = "政府采购供应商资格审查";

    [Fact]
    public async Task Statistics_leave_test_clients_out_by_default_include_them_when_asked_and_mark_them()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}工贸有限公司";
        await SubjectForms.CreateOrganisationAsync(office, name, uscc, "330502");
        await Huzhou.Credit.IntegrationTests.Lists.ListForms.ListAsync(factory, office, "SXBZXR", uscc, name, $"（2026）浙0502执{Unique.Digits(5)}号");
        await factory.SettleEventsAsync();

        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var production = "政府采购系统" + Unique.Digits(6);
        var testing = "联调测试系统" + Unique.Digits(6);
        using var productionSystem = factory.CreateClient();
        productionSystem.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, production, "checks:write", 600));
        using var testSystem = factory.CreateClient();
        testSystem.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, testing, "checks:write", 600));
        var testId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.api_clients WHERE name = $1", testing);
        await MarkAsync(admin, testId, "已标记为测试客户端");

        await CheckAsync(productionSystem, uscc);
        for (var i = 0; i < 3; i++)
        {
            await CheckAsync(testSystem, uscc);
        }

        // By default: the production system counted, the test client not (neither by system nor by matter), and the page says so.
        var without = await HtmlPages.GetAsync(office, "/sanctions/statistics?days=7");
        var productionRow = Cells(Row(without, "#stat-systems", production)!);
        Assert.Equal("1", productionRow[1]);
        Assert.Null(Row(without, "#stat-systems", testing));
        Assert.Contains(testing, without.QuerySelector("#test-client-note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", without.QuerySelector("#exclude-tests")!.GetAttribute("aria-current"));
        var procurementWithout = Total(Row(without, "#stat-matters", ProcurementName)!);

        // Switched on: the test client's row, marked, with its three blocks; every matter total grows by the test clients' checks.
        var with = await HtmlPages.GetAsync(office, "/sanctions/statistics?days=7&includeTests=true");
        var testRow = Row(with, "#stat-systems", testing)!;
        Assert.NotNull(testRow.QuerySelector(".test-client"));
        Assert.Equal("3", Cells(testRow)[1]);
        Assert.Equal("3", Cells(testRow)[2]);
        Assert.Null(Row(with, "#stat-systems", production)!.QuerySelector(".test-client"));
        Assert.Equal("true", with.QuerySelector("#include-tests")!.GetAttribute("aria-current"));
        var testChecksOfProcurement = await factory.Database.ScalarAsync<long>("""
            SELECT count(*) FROM credit.sanction_checks
            WHERE matter_code = $1 AND checked_at >= now() - interval '7 days' AND caller IN (SELECT name FROM credit.api_clients WHERE is_test)
            """, Procurement);
        Assert.True(testChecksOfProcurement >= 3);
        Assert.Equal(procurementWithout + testChecksOfProcurement, Total(Row(with, "#stat-matters", ProcurementName)!));
        // The switch keeps the period and the period keeps the switch.
        Assert.Equal("/sanctions/statistics?days=30&includeTests=true", with.QuerySelectorAll("a").First(a => a.TextContent.Trim() == "30 天").GetAttribute("href"));

        // The check log marks the test client's checks.
        var log = await HtmlPages.GetAsync(office, "/sanctions/checks?caller=" + Uri.EscapeDataString(testing));
        Assert.All(log.QuerySelectorAll("#check-log tbody tr"), r => Assert.NotNull(r.QuerySelector(".test-client")));

        // Unmarked: counted again by default.
        await MarkAsync(admin, testId, "已取消测试客户端标记");
        var again = await HtmlPages.GetAsync(office, "/sanctions/statistics?days=7");
        Assert.Equal("3", Cells(Row(again, "#stat-systems", testing)!)[1]);
        Assert.Null(Row(again, "#stat-systems", testing)!.QuerySelector(".test-client"));
    }

    [Fact]
    public async Task The_demo_test_client_has_checks_that_the_default_statistics_leave_out()
    {
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT is_test FROM credit.api_clients WHERE name = '联调测试'"));
        Assert.True(await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_checks WHERE caller = '联调测试'") > 0);
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");

        Assert.Null(Row(await HtmlPages.GetAsync(office, "/sanctions/statistics?days=365"), "#stat-systems", "联调测试"));
        Assert.NotNull(Row(await HtmlPages.GetAsync(office, "/sanctions/statistics?days=365&includeTests=true"), "#stat-systems", "联调测试")!.QuerySelector(".test-client"));
    }

    private static IHtmlTableRowElement? Row(IHtmlDocument page, string table, string text) =>
        page.QuerySelectorAll<IHtmlTableRowElement>(table + " tbody tr").SingleOrDefault(r => r.Cells[0].TextContent.Contains(text, StringComparison.Ordinal));

    private static List<string> Cells(IHtmlTableRowElement row) => row.Cells.Select(c => c.TextContent.Trim()).ToList();

    private static long Total(IHtmlTableRowElement row) => long.Parse(Cells(row)[1].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task MarkAsync(HttpClient admin, long id, string message)
    {
        var page = await HtmlPages.GetAsync(admin, "/admin/api-clients");
        using var response = await HtmlPages.PostFormAsync(admin, page, $"#api-client-{id} form.test-flag", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(message, (await Flashes.FollowAsync(admin, response)).Success, StringComparison.Ordinal);
    }

    private static async Task CheckAsync(HttpClient system, string uscc)
    {
        using var response = await system.PostAsJsonAsync("/api/v1/checks", new { code = uscc, matter = Procurement, stage = "受理" });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
