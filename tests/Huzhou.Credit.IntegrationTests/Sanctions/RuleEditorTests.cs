using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;

namespace Huzhou.Credit.IntegrationTests.Sanctions;

/// <summary>
/// The credit office changes a rule: draft, try on one subject, replay over recent checks, publish — and the next
/// check through the API reflects it with the new version. Department staff cannot edit.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed partial class RuleEditorTests(CreditAppFactory factory)
{
    private const string Procurement = "SX-060";

    [Fact]
    public async Task A_rule_added_to_a_draft_is_tried_replayed_published_and_then_decides_the_next_check()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}电子有限公司";
        await SubjectForms.CreateOrganisationAsync(office, name, uscc, "330502");
        await ListAsync(office, uscc, name);
        await factory.SettleEventsAsync();
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        using var system = factory.CreateClient();
        system.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, "采购系统" + Unique.Digits(4), "checks:write", 100_000));
        var before = await CheckAsync(system, uscc);

        var rules = await HtmlPages.GetAsync(office, "/sanctions/rules");
        using var draftResponse = await HtmlPages.PostFormAsync(office, rules, "form[action='/sanctions/rules/draft']", []);
        var version = int.Parse(Version().Match(draftResponse.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var draft = await HtmlPages.GetAsync(office, $"/sanctions/rules?version={version}");
        using var badRule = await HtmlPages.PostFormAsync(office, draft, "#add-rule", new() { ["Name"] = "", ["Condition"] = "OnList", ["Parameter"] = "AJNSR", ["MeasureCode"] = "JL-YXTJ" });
        using var added = await HtmlPages.PostFormAsync(office, draft, "#add-rule", new()
        {
            ["Name"] = "A级纳税人：政府采购诚信加分", ["Condition"] = "OnList", ["Parameter"] = "AJNSR", ["Scope"] = "All",
            ["Domains"] = "Procurement", ["MeasureCode"] = "JL-YXTJ",
        });
        using var unknownList = await HtmlPages.PostFormAsync(office, draft, "#add-rule", new()
        {
            ["Name"] = "未知名单", ["Condition"] = "OnList", ["Parameter"] = "NOSUCHLIST", ["Scope"] = "All", ["MeasureCode"] = "JL-YXTJ",
        });
        var trial = await HtmlPages.GetAsync(office, $"/sanctions/rules/{version}/try?code={uscc}&matter={Procurement}&stage=Acceptance");
        var replay = await HtmlPages.GetAsync(office, $"/sanctions/rules/{version}/replay?days=1");
        var beforePublish = await CheckAsync(system, uscc);
        var draftPage = await HtmlPages.GetAsync(office, $"/sanctions/rules?version={version}");
        using var published = await HtmlPages.PostFormAsync(office, draftPage, $"form[action='/sanctions/rules/{version}/publish']", []);
        var after = await CheckAsync(system, uscc);

        Assert.Equal("pass", before.GetProperty("decision").GetString());
        Assert.Equal((HttpStatusCode)422, badRule.StatusCode);
        Assert.Contains("请填写规则名称", (await HtmlPages.ParseAsync(badRule)).QuerySelector("#rules-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("激励", trial.QuerySelector("#trial-result")!.TextContent, StringComparison.Ordinal);
        var replayText = replay.QuerySelector("#replay-result")!.TextContent;
        Assert.Contains(uscc, replayText, StringComparison.Ordinal);
        Assert.Contains("通过 → 激励", Regex.Replace(replayText, @"\s+", " "), StringComparison.Ordinal);
        Assert.Equal("pass", beforePublish.GetProperty("decision").GetString());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal("favour", after.GetProperty("decision").GetString());
        Assert.Equal(version, after.GetProperty("ruleSetVersion").GetInt32());
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'sanctions.rules.publish' AND detail LIKE $1", $"%v{version}%"));

        // Names, not codes (issue #26 §2/§3): the add form offers list types by name, the rules table names the list,
        // the trial form keeps what was asked and the replay line names the subject and the matter.
        var listName = await factory.Database.ScalarAsync<string>("SELECT name FROM credit.list_types WHERE code = 'AJNSR'");
        var matterName = await factory.Database.ScalarAsync<string>("SELECT name FROM credit.sanction_matters WHERE code = $1", Procurement);
        Assert.Contains(listName, draft.QuerySelector("#add-rule select#Parameter option[value='AJNSR']")!.TextContent, StringComparison.Ordinal);
        var addedRow = draftPage.QuerySelectorAll("#rules tbody tr").Single(tr => tr.TextContent.Contains("A级纳税人：政府采购诚信加分", StringComparison.Ordinal));
        var condition = addedRow.QuerySelector("td[title='AJNSR']")!;
        Assert.Contains("列入名单：" + listName, condition.TextContent, StringComparison.Ordinal);
        Assert.Equal(uscc, trial.QuerySelector("#try-code")!.GetAttribute("value"));
        Assert.True(trial.QuerySelector($"#try-matter option[value='{Procurement}']")!.HasAttribute("selected"));
        var line = replay.QuerySelectorAll("#replay-changes li").Single(li => li.TextContent.Contains(uscc, StringComparison.Ordinal)).TextContent;
        Assert.Contains($"{name}（{uscc}）", line, StringComparison.Ordinal);
        Assert.Contains($"{matterName}（{Procurement}）", line, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode)422, unknownList.StatusCode);
        Assert.Contains("名单类别“NOSUCHLIST”不存在", (await HtmlPages.ParseAsync(unknownList)).QuerySelector("#rules-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_of_a_draft_is_changed_in_place_and_the_draft_can_be_thrown_away()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var rules = await HtmlPages.GetAsync(office, "/sanctions/rules");
        using var draftResponse = await HtmlPages.PostFormAsync(office, rules, "form[action='/sanctions/rules/draft']", []);
        var version = int.Parse(Version().Match(draftResponse.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var count = await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_rules WHERE rule_set_version = $1", version);
        var ruleId = await factory.Database.ScalarAsync<long>("SELECT min(id) FROM credit.sanction_rules WHERE rule_set_version = $1", version);
        var oldName = await factory.Database.ScalarAsync<string>("SELECT name FROM credit.sanction_rules WHERE id = $1", ruleId);

        // 修改: the form opens with the rule's values and saves over it.
        var edit = await HtmlPages.GetAsync(office, $"/sanctions/rules?version={version}&edit={ruleId}");
        Assert.Equal(oldName, edit.QuerySelector("#add-rule #Name")!.GetAttribute("value"));
        Assert.Equal($"/sanctions/rules/{version}/rules/{ruleId}", edit.QuerySelector("#add-rule")!.GetAttribute("action"));
        using var refused = await HtmlPages.PostFormAsync(office, edit, "#add-rule", new() { ["Name"] = "" });
        var newName = "修改后的规则" + Unique.Digits(5);
        using var saved = await HtmlPages.PostFormAsync(office, edit, "#add-rule", new() { ["Name"] = newName });

        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains("请填写规则名称", (await HtmlPages.ParseAsync(refused)).QuerySelector("#rules-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(newName, await factory.Database.ScalarAsync<string>("SELECT name FROM credit.sanction_rules WHERE id = $1", ruleId));
        Assert.Equal(count, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_rules WHERE rule_set_version = $1", version));

        // 放弃草稿: the draft and its rules are gone, the version in force is untouched, the office's act is audited.
        var inForce = await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_rules WHERE rule_set_version <> $1", version);
        var draftPage = await HtmlPages.GetAsync(office, $"/sanctions/rules?version={version}");
        using var discarded = await HtmlPages.PostFormAsync(office, draftPage, "#discard-draft", []);

        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_rule_sets WHERE version = $1", version));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_rules WHERE rule_set_version = $1", version));
        Assert.Equal(inForce, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_rules WHERE rule_set_version <> $1", version));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'sanctions.rules.discard' AND detail LIKE $1", $"%v{version}%"));
    }

    [Fact]
    public async Task Department_staff_can_read_the_rules_but_not_open_a_draft()
    {
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var rules = await HtmlPages.GetAsync(staff, "/sanctions/rules");
        var token = HtmlPages.AntiforgeryToken(rules);

        using var response = await staff.PostAsync("/sanctions/rules/draft", new FormUrlEncodedContent(new Dictionary<string, string> { [HtmlPages.AntiforgeryField] = token }));

        Assert.Null(rules.QuerySelector("#new-draft"));
        Assert.Contains("access-denied", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_rule_sets WHERE created_by = 'scjg.staff'"));
    }

    private static async Task<JsonElement> CheckAsync(HttpClient system, string uscc)
    {
        using var response = await system.PostAsJsonAsync("/api/v1/checks", new { code = uscc, matter = Procurement, stage = "受理" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private Task<long> ListAsync(HttpClient office, string uscc, string name) =>
        Huzhou.Credit.IntegrationTests.Lists.ListForms.ListAsync(factory, office, "AJNSR", uscc, name, $"湖税信A〔2026〕{Unique.Digits(5)}号", "国家税务总局湖州市税务局");

    [GeneratedRegex(@"version=(\d+)")]
    private static partial Regex Version();

}
