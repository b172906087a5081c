using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Sanctions;

/// <summary>
/// 措施清单 and 事项清单 maintained on screen by the city credit office: a new matter is checkable at once, a retired
/// one is answered 422; a measure's action cannot change once it exists, and one the rules in force use cannot be
/// retired; department staff read the lists but cannot change them.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class MeasureMatterTests(CreditAppFactory factory)
{
    [Fact]
    public async Task A_new_matter_can_be_checked_at_once_and_a_retired_one_is_refused_with_a_reason()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var code = "SX-T" + Unique.Digits(5);
        var page = await HtmlPages.GetAsync(office, "/sanctions/catalogue");
        using var bad = await HtmlPages.PostFormAsync(office, page, "#matter-form", new() { ["Code"] = code, ["Name"] = "", ["DepartmentCode"] = "HZ-JSJ", ["Domain"] = "PublicResourceTrading" });
        using var created = await HtmlPages.PostFormAsync(office, page, "#matter-form", new() { ["Code"] = code, ["Name"] = "房屋建筑工程施工招标备案", ["DepartmentCode"] = "HZ-JSJ", ["Domain"] = "PublicResourceTrading" });
        using var system = await SystemAsync();
        var organisation = await factory.Database.ScalarAsync<string>("SELECT display_code FROM credit.sanction_credit_status WHERE NOT is_person ORDER BY subject_id LIMIT 1");

        using var checkedNew = await system.PostAsJsonAsync("/api/v1/checks", new { code = organisation, matter = code, stage = "受理" });
        var listed = await HtmlPages.GetAsync(office, "/sanctions/catalogue?domain=PublicResourceTrading");
        var retirePage = await HtmlPages.GetAsync(office, "/sanctions/catalogue");
        using var retired = await HtmlPages.PostFormAsync(office, retirePage, $"form[action='/sanctions/catalogue/matters/{code}/retire']", []);
        using var checkedRetired = await system.PostAsJsonAsync("/api/v1/checks", new { code = organisation, matter = code, stage = "受理" });

        Assert.Equal((HttpStatusCode)422, bad.StatusCode);
        Assert.Contains("请填写事项名称", (await HtmlPages.ParseAsync(bad)).QuerySelector("#matter-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, checkedNew.StatusCode);
        Assert.Equal("公共资源交易", (await checkedNew.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("matter").GetProperty("domain").GetString());
        Assert.Contains("房屋建筑工程施工招标备案", listed.QuerySelector("#matter-table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        Assert.Equal((HttpStatusCode)422, checkedRetired.StatusCode);
        Assert.Contains("已停用", await checkedRetired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'sanctions.matter.retire' AND detail LIKE $1", code + "%"));
    }

    [Fact]
    public async Task A_measures_action_is_fixed_and_one_the_rules_in_force_use_cannot_be_retired()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var code = "CF-T" + Unique.Digits(5);
        var page = await HtmlPages.GetAsync(office, "/sanctions/catalogue");
        using var inconsistent = await HtmlPages.PostFormAsync(office, page, "#measure-form", new()
        {
            ["Code"] = code, ["Name"] = "限制参与市级示范项目评选", ["Kind"] = "Reward", ["Action"] = "Block", ["LegalBasis"] = "《湖州市公共信用信息管理办法》", ["ImplementingDepartment"] = "市发展改革委",
        });
        using var created = await HtmlPages.PostFormAsync(office, page, "#measure-form", new()
        {
            ["Code"] = code, ["Name"] = "限制参与市级示范项目评选", ["Kind"] = "Punishment", ["Action"] = "Restrict", ["LegalBasis"] = "《湖州市公共信用信息管理办法》", ["ImplementingDepartment"] = "市发展改革委",
        });
        var edit = await HtmlPages.GetAsync(office, $"/sanctions/catalogue?measure={code}");
        var token = HtmlPages.AntiforgeryToken(edit);
        using var changedAction = await office.PostAsync("/sanctions/catalogue/measures", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [HtmlPages.AntiforgeryField] = token, ["editing"] = "true", ["Code"] = code, ["Name"] = "限制参与市级示范项目评选", ["Kind"] = "Punishment", ["Action"] = "Block",
            ["LegalBasis"] = "《湖州市公共信用信息管理办法》", ["ImplementingDepartment"] = "市发展改革委",
        }));
        var inUse = await factory.Database.ScalarAsync<string>(
            "SELECT r.measure_code FROM credit.sanction_rules r JOIN credit.sanction_rule_sets s ON s.version = r.rule_set_version WHERE s.status = 2 ORDER BY r.id LIMIT 1");
        var list = await HtmlPages.GetAsync(office, "/sanctions/catalogue");
        using var retireInUse = await HtmlPages.PostFormAsync(office, list, $"form[action='/sanctions/catalogue/measures/{inUse}/retire']", []);
        var afterRefusal = await HtmlPages.GetAsync(office, "/sanctions/catalogue");
        using var retireNew = await HtmlPages.PostFormAsync(office, afterRefusal, $"form[action='/sanctions/catalogue/measures/{code}/retire']", []);

        Assert.Equal((HttpStatusCode)422, inconsistent.StatusCode);
        Assert.Contains("激励措施的动作应为“激励”", (await HtmlPages.ParseAsync(inconsistent)).QuerySelector("#measure-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("修改措施 " + code, edit.QuerySelector("#measure-form .card-header")!.TextContent.Trim());
        Assert.Equal((HttpStatusCode)422, changedAction.StatusCode);
        Assert.Contains("类别和动作不能修改", await changedAction.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((short)2, await factory.Database.ScalarAsync<short>("SELECT action FROM credit.sanction_measures WHERE code = $1", code));
        Assert.Contains("仍在使用该措施", afterRefusal.QuerySelector("[role=alert]")?.TextContent ?? afterRefusal.Body!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.Database.ScalarAsync<bool>("SELECT retired FROM credit.sanction_measures WHERE code = $1", inUse));
        Assert.Equal(HttpStatusCode.Redirect, retireNew.StatusCode);
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT retired FROM credit.sanction_measures WHERE code = $1", code));
    }

    [Fact]
    public async Task Department_staff_read_the_lists_but_cannot_change_them()
    {
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var page = await HtmlPages.GetAsync(staff, "/sanctions/catalogue");
        var code = "SX-T" + Unique.Digits(5);

        using var response = await staff.PostAsync("/sanctions/catalogue/matters", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [HtmlPages.AntiforgeryField] = HtmlPages.AntiforgeryToken(page), ["Code"] = code, ["Name"] = "擅自新增的事项", ["DepartmentCode"] = "HZ-SJJ", ["Domain"] = "Approvals",
        }));

        Assert.Null(page.QuerySelector("#matter-form"));
        Assert.NotNull(page.QuerySelector("#matter-table"));
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("只有市信用办", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_matters WHERE code = $1", code));
    }

    private async Task<HttpClient> SystemAsync()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, "招投标系统" + Unique.Digits(4), "checks:write", 100_000));
        return client;
    }
}
