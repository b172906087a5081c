using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.E2ETests.Infrastructure;
using Huzhou.Credit.SharedKernel.Identifiers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Sanctions;

/// <summary>
/// Issue #5's "done when" for the rule editor, as the city's credit office uses it: open a draft, add a rule through
/// the form (a wrong input is refused in Chinese), try the draft on one enterprise, replay it over recent checks,
/// publish it — and a business system's next check through the real API answers what the new rule says, under the
/// new rule-set version.
/// </summary>
/// <remarks>
/// The enterprise is the test's own: delivered with one 一般 penalty 30 days old, so it is pending verification. Under
/// the seeded rules a check at a 公共资源交易 matter only warns (主体待核实：核查提示); the rule added here — a 一般 or
/// worse bad record within 12 months bars an organisation from tendering (CF-ZTB, 拦截) in 公共资源交易 — makes it
/// blocked. The rule only reaches subjects with a recent bad record checked at 公共资源交易 matters; no other
/// end-to-end test makes checks, so publishing it changes nothing they see.
/// </remarks>
[Collection(E2ECollection.Name)]
public sealed partial class RuleEditorFlowTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    /// <summary>房屋建筑和市政基础设施工程施工招标投标 (公共资源交易).</summary>
    private const string TenderMatter = "SX-037";

    private const string TenderBan = "CF-ZTB";

    private const string TenderBanName = "限制参与工程建设项目招标投标";

    private static long _batch = Random.Shared.Next(8_000_000, 9_000_000);

    [Fact]
    public Task Credit_office_adds_a_rule_tries_replays_and_publishes_it_and_the_next_API_check_follows_it() => InBrowserAsync(async page =>
    {
        var (uscc, name, penalty) = await EnterpriseWithGeneralPenaltyAsync();
        var stamp = Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        var ruleName = $"12个月内一般失信记录：限制招投标（E2E {stamp}）";
        Output.WriteLine($"Enterprise {uscc} “{name}”, penalty {penalty}, rule “{ruleName}”");

        // The administrator issues the business system its key, as /admin/api-clients does for a real one.
        var key = await IssueCheckKeyAsync(page, $"公共资源交易系统E2E{stamp}");
        await page.Context.ClearCookiesAsync();
        using var system = new HttpClient { BaseAddress = Fixture.BaseUrl };
        system.DefaultRequestHeaders.Add("X-Api-Key", key);

        // Before: the seeded rules only warn (the enterprise is pending verification). This check is also what the replay replays.
        var before = await CheckAsync(system, uscc, name);
        var versionInForce = before.GetProperty("ruleSetVersion").GetInt32();
        Assert.Equal("warn", before.GetProperty("decision").GetString());
        Assert.DoesNotContain(TenderBan, MeasureCodes(before));

        // The credit office opens a draft.
        await SignInAsync(page, DemoAccounts.CreditOffice);
        await page.GotoAsync("/sanctions/rules");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "联合奖惩规则", Level = 1 })).ToBeVisibleAsync();
        var version = await OpenDraftAsync(page);
        Assert.True(version > versionInForce, $"draft v{version} is not newer than v{versionInForce} in force");
        await Expect(page.Locator("#rule-versions .nav-link.active")).ToHaveTextAsync($"v{version} · 草稿");
        await Expect(page.Locator("#draft-tools")).ToBeVisibleAsync();

        // Adds the rule, first forgetting the months: refused in Chinese, the form kept.
        await page.Locator("#Name").FillAsync(ruleName);
        await page.Locator("#Condition").SelectOptionAsync("BadRecordWithin");
        await page.Locator("#Months").FillAsync("");
        await page.Locator("#MinimumClass").SelectOptionAsync("2");
        await page.Locator("#Scope").SelectOptionAsync("Organisations");
        await page.Locator("#MeasureCode").SelectOptionAsync(TenderBan);
        await page.Locator("#domain-PublicResourceTrading").CheckAsync();
        await Expect(page.Locator("#stage-Acceptance")).ToBeCheckedAsync();
        await page.Locator("#add-rule-submit").ClickAsync();
        await Expect(page.Locator("#rules-error")).ToContainTextAsync("请填写月数（1–120）");
        await Expect(page.Locator("#rules")).Not.ToContainTextAsync(ruleName);
        await Expect(page.Locator("#Name")).ToHaveValueAsync(ruleName);
        await Expect(page.Locator("#domain-PublicResourceTrading")).ToBeCheckedAsync();

        await page.Locator("#Months").FillAsync("12");
        await page.Locator("#add-rule-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(Fixture.Url($"/sanctions/rules?version={version}"));
        await Expect(page.Locator("#main > .alert-success")).ToContainTextAsync("规则已加入草稿");
        var row = page.Locator("#rules tbody tr", new() { HasText = ruleName });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("12 个月内一般及以上失信记录");
        await Expect(row).ToContainTextAsync("公共资源交易");
        await Expect(row).ToContainTextAsync(TenderBanName);
        await Expect(row).ToContainTextAsync("拦截");

        // Tries the draft: a code that is no subject's is refused in Chinese; the enterprise would be blocked.
        await TryAsync(page, "12345");
        await Expect(page.Locator("#rules-error")).ToContainTextAsync("主体库中没有该代码的主体");
        await Expect(page.Locator("#trial-result")).ToHaveCountAsync(0);

        await TryAsync(page, uscc);
        await Expect(page.Locator("#rules-error")).ToHaveCountAsync(0);
        var trial = page.Locator("#trial-result");
        await Expect(trial).ToContainTextAsync(name);
        await Expect(trial.Locator("strong")).ToHaveTextAsync("拦截");
        await Expect(trial.Locator("li", new() { HasText = TenderBanName })).ToContainTextAsync(penalty);

        // The draft is not in force yet: the business system still gets the old answer.
        var whileDraft = await CheckAsync(system, uscc, name);
        Assert.Equal("warn", whileDraft.GetProperty("decision").GetString());
        Assert.Equal(versionInForce, whileDraft.GetProperty("ruleSetVersion").GetInt32());

        // Replays the last day's checks: the enterprise's checks would change from 提示 to 拦截.
        await page.Locator("#days").FillAsync("1");
        await page.Locator("#replay").ClickAsync();
        await Expect(page.Locator("#replay-result")).ToContainTextAsync("次结论会改变");
        var change = page.Locator("#replay-changes li", new() { HasText = uscc });
        // The line names the subject and the matter, the codes in brackets (issue #26 §2).
        await Expect(change.First).ToContainTextAsync($"{name}（{uscc}）");
        await Expect(change.First).ToContainTextAsync($"（{TenderMatter}） · 提示 → 拦截");
        Assert.True(await change.CountAsync() >= 2, "both checks of the enterprise should be among the changes");

        // Publishes it (confirming the dialog).
        string? confirmation = null;
        page.Dialog += async (_, dialog) =>
        {
            confirmation = dialog.Message;
            await dialog.AcceptAsync();
        };
        await page.Locator("#publish").ClickAsync();
        await Expect(page.Locator("#main > .alert-success")).ToContainTextAsync($"规则 v{version} 已发布");
        Assert.Contains("确定发布", confirmation ?? "", StringComparison.Ordinal);
        await Expect(page.Locator("#rule-versions .nav-link.active")).ToHaveTextAsync($"v{version} · 已发布");
        await Expect(page.Locator("#rule-versions .nav-link", new() { HasText = $"v{versionInForce} ·" })).ToHaveTextAsync($"v{versionInForce} · 已替代");
        await Expect(page.Locator("#draft-tools")).ToHaveCountAsync(0);
        await Expect(page.Locator("#rules tbody tr", new() { HasText = ruleName })).ToHaveCountAsync(1);

        // After: the business system's check is blocked by the new rule, under the new version.
        var after = await CheckAsync(system, uscc, name);
        Assert.Equal("block", after.GetProperty("decision").GetString());
        Assert.Equal("拦截", after.GetProperty("decisionName").GetString());
        Assert.Equal(version, after.GetProperty("ruleSetVersion").GetInt32());
        var hit = after.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("measure").GetProperty("code").GetString() == TenderBan);
        Assert.Equal("block", hit.GetProperty("action").GetString());
        Assert.Contains(ruleName, hit.GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.Contains(hit.GetProperty("facts").EnumerateArray(), f => f.GetString()!.Contains(penalty, StringComparison.Ordinal));
    });

    /// <summary>The draft the page offers: a new one (修改规则), or the one already open. Its version, from the address.</summary>
    private static async Task<int> OpenDraftAsync(IPage page)
    {
        if (await page.Locator("#new-draft").CountAsync() > 0)
        {
            await page.Locator("#new-draft").ClickAsync();
        }
        else
        {
            await page.Locator("#rule-versions .nav-link", new() { HasText = "草稿" }).ClickAsync();
        }

        await Expect(page).ToHaveURLAsync(DraftUrl());
        return int.Parse(DraftUrl().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task TryAsync(IPage page, string code)
    {
        await page.Locator("#try-code").FillAsync(code);
        await page.Locator("#try-matter").SelectOptionAsync(TenderMatter);
        await page.Locator("#try-stage").SelectOptionAsync("Acceptance");
        await page.Locator("#try").ClickAsync();
        await Expect(page).ToHaveURLAsync(TryUrl());
    }

    /// <summary>Signs in as the administrator and issues a <c>checks:write</c> key at <c>/admin/api-clients</c>.</summary>
    private async Task<string> IssueCheckKeyAsync(IPage page, string clientName)
    {
        await SignInAsync(page, DemoAccounts.Administrator);
        await page.GotoAsync("/admin/api-clients");
        await page.Locator("#Name").FillAsync(clientName);
        await page.Locator("#DepartmentId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#RateLimitPerMinute").FillAsync("600");
        await page.Locator("#scope-checks-write").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "签发密钥" }).ClickAsync();
        await Expect(page.Locator("#issued-key")).ToContainTextAsync(clientName);
        var key = (await page.Locator("#issued-key-value").InnerTextAsync()).Trim();
        Assert.StartsWith("hzc_", key, StringComparison.Ordinal);
        return key;
    }

    private static async Task<JsonElement> CheckAsync(HttpClient system, string uscc, string name)
    {
        using var response = await system.PostAsJsonAsync("/api/v1/checks", new { code = uscc, name, matter = TenderMatter, stage = "受理", reference = "E2E-" + uscc[^6..] });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        var answer = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(uscc, answer.GetProperty("subject").GetProperty("code").GetString());
        Assert.Equal(TenderMatter, answer.GetProperty("matter").GetProperty("code").GetString());
        return answer;
    }

    private static List<string?> MeasureCodes(JsonElement answer) =>
        answer.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("measure").GetProperty("code").GetString()).ToList();

    /// <summary>
    /// A new enterprise, delivered with one 一般 penalty decided 30 days ago (the writer registers it pending verification),
    /// so that no other test's data and no seeded list touches it.
    /// </summary>
    private async Task<(string Uscc, string Name, string Penalty)> EnterpriseWithGeneralPenaltyAsync()
    {
        var uscc = UnifiedSocialCreditCode.Compose("91", "330503", $"MA{Random.Shared.Next(100_000, 999_999)}").Value;
        var name = $"湖州规则试算{Random.Shared.Next(100, 999)}建设工程有限公司";
        var penalty = $"湖建罚〔2026〕{Random.Shared.Next(10_000, 99_999)}号";
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var decided = today.AddDays(-30);
        var writer = Fixture.Services.GetRequiredService<ICreditRecordWriter>();
        await using (var batch = await writer.BeginAsync(Interlocked.Increment(ref _batch), "HZ-JSJ", "e2e-tests"))
        {
            await batch.AddAsync(new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, penalty, decided,
                new PublicityPeriod(decided, today.AddYears(1), decided.AddMonths(3), PenaltyClass.General, "2025", true),
                $"[\"{name}\",\"02\",\"{uscc}\",null,null,null,null,null,\"陆建华\",\"01\",null,null,null,\"{penalty}\",\"未按规定办理施工许可\",\"经查属实\",\"《建筑法》第六十四条\",\"罚款\",\"罚款三万元\",\"3\",null,null,\"{decided:yyyy-MM-dd}\",\"{decided:yyyy-MM-dd}\",null,\"湖州市住房和城乡建设局\",\"11330500002546138B\",\"湖州市住房和城乡建设局\",\"11330500002546138B\",null,\"02\"]"));
            var merged = await batch.CompleteAsync();
            Assert.Equal(1, merged.Inserted);
        }

        // The check API reads the subject's credit status, which the delivery's event refreshes within milliseconds;
        // wait for it rather than race it.
        await Fixture.Services.GetRequiredService<Huzhou.Credit.SharedKernel.Events.OutboxDispatcher>().DrainAsync(TimeSpan.FromSeconds(30));
        return (uscc, name, penalty);
    }

    [GeneratedRegex(@"/sanctions/rules\?version=(\d+)$")]
    private static partial Regex DraftUrl();

    [GeneratedRegex(@"/sanctions/rules/\d+/try\?")]
    private static partial Regex TryUrl();
}
