using System.Net;
using System.Security.Cryptography;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Catalogue;

[Collection(CreditCollection.Name)]
public sealed class CatalogueTests(CreditAppFactory factory)
{
    // domain.md §2, written out here rather than read from the seed so that a change to the seed shows.
    private static readonly string[] PenaltyColumns =
    [
        "行政相对人名称", "行政相对人类别", "行政相对人代码_1", "行政相对人代码_2", "行政相对人代码_3", "行政相对人代码_4",
        "行政相对人代码_5", "行政相对人代码_6", "法定代表人", "法定代表人证件类型", "法定代表人证件号码", "证件类型", "证件号码",
        "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容", "罚款金额（万元）",
        "没收违法所得、没收非法财物的金额（万元）", "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚有效期", "公示截止期",
        "处罚机关", "处罚机关统一社会信用代码", "数据来源单位", "数据来源单位统一社会信用代码", "备注",
        "案件程序类别",
    ];

    [Fact]
    public async Task Seeded_penalty_item_has_exactly_the_standard_columns_in_order()
    {
        using var client = await SignedInClient.CreateAsync(factory, "scjg.staff");

        var page = await HtmlPages.GetAsync(client, "/catalogue/XZCF");

        var keys = page.QuerySelectorAll("#fields td.field-key").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Equal(PenaltyColumns, keys);
    }

    [Fact]
    public async Task Catalogue_list_shows_every_seeded_section_to_department_staff()
    {
        using var client = await SignedInClient.CreateAsync(factory, "scjg.staff");

        var page = await HtmlPages.GetAsync(client, "/catalogue");

        var codes = page.QuerySelectorAll("#items td.code").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("XZXK", codes);
        Assert.Contains("XZCF", codes);
        Assert.True(codes.Count >= 11, string.Join(",", codes));
        Assert.Null(page.QuerySelector("a[href='/catalogue/create']"));
    }

    [Fact]
    public async Task Credit_office_saves_a_new_version_and_the_old_one_stays_readable()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var code = await CreateItemAsync(client);

        var edit = await HtmlPages.GetAsync(client, $"/catalogue/{code}/edit");
        using var response = await HtmlPages.PostFormAsync(client, edit, "#item-form", new()
        {
            ["Fields[4].Key"] = "罚款金额",
            ["Fields[4].Label"] = "罚款金额（万元）",
            ["Fields[4].Type"] = "Decimal",
            ["ChangeNote"] = "增加罚款金额",
        });

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await response.Content.ReadAsStringAsync()));
        Assert.Equal(2, await factory.Database.ScalarAsync<int>("SELECT current_version FROM credit.catalogue_items WHERE code = $1", code));
        var current = await HtmlPages.GetAsync(client, $"/catalogue/{code}");
        Assert.Contains("罚款金额", FieldKeys(current));
        Assert.Contains("增加罚款金额", current.QuerySelector("#history")!.TextContent, StringComparison.Ordinal);
        var old = await HtmlPages.GetAsync(client, $"/catalogue/{code}?version=1");
        Assert.Contains("第 1 版", old.QuerySelector("#shown-version")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("罚款金额", FieldKeys(old));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = 'catalogue.item.version' AND detail = $1", $"{code} v2"));
    }

    [Fact]
    public async Task Amount_rules_and_open_ended_dates_are_edited_on_the_form_and_kept_by_the_next_version()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var code = await CreateItemAsync(client);
        var edit = await HtmlPages.GetAsync(client, $"/catalogue/{code}/edit");
        using (var response = await HtmlPages.PostFormAsync(client, edit, "#item-form", new()
        {
            ["Fields[4].Key"] = "罚款金额（万元）", ["Fields[4].Label"] = "罚款金额（万元）", ["Fields[4].Type"] = "Decimal",
            ["Fields[4].Minimum"] = "0", ["Fields[4].Unit"] = "万元",
            ["Fields[5].Key"] = "有效期至", ["Fields[5].Label"] = "有效期至", ["Fields[5].Type"] = "Date", ["Fields[5].OpenEnded"] = "true",
        }))
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await response.Content.ReadAsStringAsync()));
        }

        // A later edit that touches nothing else keeps the rules (the form carries them).
        var again = await HtmlPages.GetAsync(client, $"/catalogue/{code}/edit");
        using (var response = await HtmlPages.PostFormAsync(client, again, "#item-form", new() { ["ChangeNote"] = "只改说明" }))
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await response.Content.ReadAsStringAsync()));
        }

        var fields = await factory.Database.ScalarAsync<string>(
            "SELECT fields::text FROM credit.catalogue_item_versions WHERE item_code = $1 AND version = 3", code);
        Assert.Contains("\"minimum\": 0", fields, StringComparison.Ordinal);
        Assert.Contains("\"unit\": \"万元\"", fields, StringComparison.Ordinal);
        Assert.Contains("\"openEnded\": true", fields, StringComparison.Ordinal);

        // A wrong unit is refused on the form.
        var third = await HtmlPages.GetAsync(client, $"/catalogue/{code}/edit");
        using var wrong = await HtmlPages.PostFormAsync(client, third, "#item-form", new() { ["Fields[4].Unit"] = "yuan" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("中文计量单位", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_credit_office_adds_a_synonym_that_intake_reads_and_one_meaning_two_things_is_refused()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var text = "罚没" + Unique.ChineseFragment(3);
        var page = await HtmlPages.GetAsync(client, "/catalogue/XZCF");
        using (var added = await HtmlPages.PostFormAsync(client, page, "#add-synonym", new() { ["option"] = "处罚类别|03", ["text"] = text }))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        page = await HtmlPages.GetAsync(client, "/catalogue/XZCF");
        Assert.Contains(text, page.QuerySelector("#synonyms")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = 'catalogue.synonym.add' AND detail LIKE '%' || $1 || '%'", text));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var catalogue = scope.ServiceProvider.GetRequiredService<Huzhou.Credit.Contracts.Catalogue.ICatalogue>();
            var validator = catalogue.CreateValidator((await catalogue.GetCurrentAsync("XZCF"))!);
            var row = new Dictionary<string, string?> { ["处罚类别"] = text };
            Assert.Equal("03", validator.Validate(row).Values["处罚类别"]);
        }

        using var twice = await HtmlPages.PostFormAsync(client, page, "#add-synonym", new() { ["option"] = "处罚类别|01", ["text"] = " " + text });
        var after = await HtmlPages.GetAsync(client, HtmlPages.Location(twice));
        Assert.Contains("已表示“03 罚款”", after.QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);

        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var seen = await HtmlPages.GetAsync(staff, "/catalogue/XZCF");
        Assert.Null(seen.QuerySelector("#add-synonym"));
    }

    [Fact]
    public async Task Department_staff_may_not_edit()
    {
        using var client = await SignedInClient.CreateAsync(factory, "scjg.staff");

        using var get = await client.GetAsync("/catalogue/XZCF/edit");
        Identity.RoleAccessTests.AssertDenied(get, "/catalogue/XZCF/edit");

        var details = await HtmlPages.GetAsync(client, "/catalogue/XZCF");
        Assert.Null(details.QuerySelector("a[href='/catalogue/XZCF/edit']"));
        // A token from a page the user may open (the catalogue list's filter form has none; the rules page is GET only).
        var withToken = await HtmlPages.GetAsync(client, "/subjects/create");
        using var post = await HtmlPages.PostAsync(client, "/catalogue/XZCF/edit",
            [new(HtmlPages.AntiforgeryField, HtmlPages.AntiforgeryToken(withToken)), new("Name", "x")]);
        Identity.RoleAccessTests.AssertDenied(post, "POST /catalogue/XZCF/edit");
        Assert.Equal(1, await factory.Database.ScalarAsync<int>("SELECT current_version FROM credit.catalogue_items WHERE code = 'XZCF'"));
    }

    [Fact]
    public async Task District_credit_office_may_read_but_not_edit()
    {
        using var client = await SignedInClient.CreateAsync(factory, "changxing.xyb");

        await HtmlPages.GetAsync(client, "/catalogue/XZXK");
        using var get = await client.GetAsync("/catalogue/XZXK/edit");

        Identity.RoleAccessTests.AssertDenied(get, "/catalogue/XZXK/edit");
    }

    [Fact]
    public async Task Duplicate_field_key_shows_the_chinese_error_and_creates_no_version()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var code = await CreateItemAsync(client);

        var edit = await HtmlPages.GetAsync(client, $"/catalogue/{code}/edit");
        using var response = await HtmlPages.PostFormAsync(client, edit, "#item-form", new()
        {
            ["Fields[4].Key"] = "主体名称",
            ["Fields[4].Label"] = "重复的名称",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        Assert.Contains("字段键“主体名称”重复。", page.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.catalogue_item_versions WHERE item_code = $1", code));
    }

    [Fact]
    public async Task Retired_item_is_marked_and_kept()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var code = await CreateItemAsync(client);

        var retire = await HtmlPages.GetAsync(client, $"/catalogue/{code}/retire");
        using var empty = await HtmlPages.PostFormAsync(client, retire, "form[action$='/retire']", new() { ["Reason"] = "" });
        Assert.Contains("请填写停用原因", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var response = await HtmlPages.PostFormAsync(client, retire, "form[action$='/retire']", new() { ["Reason"] = "并入其他信息项" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await HtmlPages.GetAsync(client, $"/catalogue/{code}");
        Assert.Contains("已停用", page.QuerySelector("#item-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("并入其他信息项", page.QuerySelector("#retired-note")!.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT is_retired FROM credit.catalogue_items WHERE code = $1", code));
    }

    [Fact]
    public async Task Publicity_rules_page_shows_versions_and_a_mapping_row_can_be_added_and_deactivated()
    {
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");
        var note = "测试" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));

        var page = await HtmlPages.GetAsync(client, "/catalogue/publicity-rules");
        Assert.Equal(3, page.QuerySelectorAll("table.rule-periods").Length);
        using var add = await HtmlPages.PostFormAsync(client, page, "#mapping-form", new()
        {
            ["PenaltyKind"] = "罚款", ["Sector"] = "HZ-STHJJ", ["Class"] = "Serious", ["Note"] = note,
        });
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        var id = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.penalty_class_mappings WHERE note = $1", note);

        page = await HtmlPages.GetAsync(client, "/catalogue/publicity-rules");
        using var off = await HtmlPages.PostFormAsync(client, page, $"form[action='/catalogue/publicity-rules/mappings/{id}/deactivate']", []);

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await factory.Database.ScalarAsync<bool>("SELECT is_active FROM credit.penalty_class_mappings WHERE id = $1", id));
    }

    private static List<string> FieldKeys(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#fields td.field-key").Select(td => td.TextContent.Trim()).ToList();

    /// <summary>Creates an item of the test's own through the form (two fields) and returns its code.</summary>
    private static async Task<string> CreateItemAsync(HttpClient client)
    {
        var code = "T" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5));
        var create = await HtmlPages.GetAsync(client, "/catalogue/create");
        using var response = await HtmlPages.PostFormAsync(client, create, "#item-form", new()
        {
            ["Code"] = code,
            ["Name"] = "测试信息项" + code,
            ["Section"] = "Other",
            ["Nature"] = "Neutral",
            ["SubjectKinds"] = "Enterprise",
            ["ProviderDepartments"] = "HZ-SJJ",
            ["Disclosure"] = "Public",
            ["PublicityRule"] = "FixedPeriod",
            ["PublicityMonths"] = "12",
            ["UpdateFrequency"] = "每月",
            ["Fields[0].Key"] = "主体名称",
            ["Fields[0].Label"] = "主体名称",
            ["Fields[0].Type"] = "Text",
            ["Fields[0].Required"] = "true",
            ["Fields[1].Key"] = "统一社会信用代码",
            ["Fields[1].Label"] = "统一社会信用代码",
            ["Fields[1].Type"] = "Uscc",
            ["Fields[3].Key"] = "决定日期",
            ["Fields[3].Label"] = "决定日期",
            ["Fields[3].Type"] = "Date",
            ["Fields[4].Key"] = "文号",
            ["Fields[4].Label"] = "文号",
            ["Fields[4].Type"] = "Text",
            ["SubjectNameField"] = "主体名称",
            ["SubjectCodeField"] = "统一社会信用代码",
            ["SourceKeyField"] = "文号",
            ["DecisionDateField"] = "决定日期",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await response.Content.ReadAsStringAsync()));
        return code;
    }
}
