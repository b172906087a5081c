using System.Globalization;
using System.Net;
using System.Text.Json;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Monitoring;

/// <summary>
/// Risk signals (风险提示): each line and the level as the rule says, read through the owning modules' contracts; the
/// possible related parties (可能关联) shown to staff and never in what is published; the badge on the search results,
/// the subject page and the dossier; district scoping; publishing (review step) and withdrawing, audited, and the
/// hand-over contract <see cref="IPublishedRiskAlerts"/>.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class RiskSignalTests(CreditAppFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task Each_fact_adds_its_line_and_the_level_is_the_highest()
    {
        var (id, uscc, name) = await CompanyAsync("330502", null);
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");

        var page = await HtmlPages.GetAsync(office, $"/monitoring/risk/{id}");
        Assert.Equal("None", page.QuerySelector("#risk-level")!.GetAttribute("data-level"));
        Assert.NotNull(page.QuerySelector("#risk-none"));

        // A 一般 penalty of this year: 中.
        await Deliveries.DeliverAsync(factory, [Penalty(1, uscc, name, $"湖市监罚〔2026〕{Unique.Digits(5)}号", PenaltyClass.General, 20)], "HZ-SJJ");
        page = await HtmlPages.GetAsync(office, $"/monitoring/risk/{id}");
        Assert.Equal("Medium", page.QuerySelector("#risk-level")!.GetAttribute("data-level"));
        Assert.Contains("近 12 个月一般失信记录", Lines(page), StringComparison.Ordinal);

        // A breach found this year (中) and a lowest grade (高).
        await factory.Database.ExecuteAsync(
            "INSERT INTO credit.commitments (number, subject_id, is_person, subject_name, display_code, district_code, type, matter, content, signed_on, department_code, is_public, status, source, signed_by, verified_on, created_at, updated_at) "
            + "VALUES ($1, $2, false, $3, $4, '330502', 1, '施工许可', '承诺内容', $5, 'HZ-JSJ', true, 3, 1, 'test', $6, now(), now())",
            "CN" + Unique.Digits(10), id, name, uscc, Today.AddDays(-200), Today.AddDays(-30));
        page = await HtmlPages.GetAsync(office, $"/monitoring/risk/{id}");
        Assert.Contains("近 12 个月违诺", Lines(page), StringComparison.Ordinal);
        Assert.Equal("Medium", page.QuerySelector("#risk-level")!.GetAttribute("data-level"));

        using (var scope = factory.Services.CreateScope())
        {
            var field = (await scope.ServiceProvider.GetRequiredService<IEvaluationFields>().FieldsAsync()).First(f => f.Grades.Count >= 3 && !f.Retired);
            await factory.Database.ExecuteAsync(
                "INSERT INTO credit.evaluation_results (field_code, subject_id, model_version, score, grade, points, facts, counts, adjustment, subject_name, subject_code, district_code, as_of, evaluated_at, run_id) "
                + "VALUES ($1, $2, 1, 41, $3, '{}', '{}', '{}', 0, $4, $5, '330502', current_date, now(), 0)",
                field.Code, id, field.Grades[^1].Grade, name, uscc);
        }

        page = await HtmlPages.GetAsync(office, $"/monitoring/risk/{id}");
        Assert.Equal("High", page.QuerySelector("#risk-level")!.GetAttribute("data-level"));
        var gradeLine = page.QuerySelectorAll("#risk-lines tbody tr").Single(r => r.TextContent.Contains("行业信用评价", StringComparison.Ordinal));
        Assert.Equal("High", gradeLine.GetAttribute("data-effect"));
        Assert.Contains("最低等级", gradeLine.TextContent, StringComparison.Ordinal);

        // A serious penalty and a black list entry: each its own 高 line.
        var serious = $"湖建罚〔2026〕{Unique.Digits(5)}号";
        await Deliveries.DeliverAsync(factory, [Penalty(1, uscc, name, serious, PenaltyClass.Serious, 10)], "HZ-JSJ");
        var black = await factory.Database.ScalarAsync<string>("SELECT code FROM credit.list_types WHERE kind = 2 ORDER BY code LIMIT 1");
        await factory.Database.ExecuteAsync(
            "INSERT INTO credit.list_entries (list_type_code, subject_id, subject_name, subject_code, subject_is_person, district_code, reason, basis, deciding_authority, document_number, "
            + "decision_date, effective_from, status, source_department, source, proposed_by, proposed_at, decided_by, decided_at, updated_at) "
            + "VALUES ($1, $2, $3, $4, false, '330502', '测试', '测试', '测试机关', $5, current_date, current_date, 2, 'HZ-SJJ', 1, 'test', now(), 'test', now(), now())",
            black, id, name, uscc, "测试〔2026〕" + Unique.Digits(6) + "号");
        page = await HtmlPages.GetAsync(office, $"/monitoring/risk/{id}");
        var lines = page.QuerySelectorAll("#risk-lines tbody tr").ToList();
        Assert.Equal("High", lines.Single(r => r.TextContent.Contains("近 12 个月严重失信记录", StringComparison.Ordinal)).GetAttribute("data-effect"));
        Assert.Contains(serious, lines.Single(r => r.TextContent.Contains("近 12 个月严重失信记录", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.Equal("High", lines.Single(r => r.TextContent.Contains("黑名单", StringComparison.Ordinal)).GetAttribute("data-effect"));

        // An old penalty alone (two years ago) is 低.
        var (oldId, oldUscc, oldName) = await CompanyAsync("330502", null);
        await Deliveries.DeliverAsync(factory, [Penalty(1, oldUscc, oldName, $"湖市监罚〔2024〕{Unique.Digits(5)}号", PenaltyClass.Serious, 730)], "HZ-SJJ");
        page = await HtmlPages.GetAsync(office, $"/monitoring/risk/{oldId}");
        Assert.Equal("Low", page.QuerySelector("#risk-level")!.GetAttribute("data-level"));
        Assert.Contains("较早的失信记录", Lines(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_badge_is_on_the_search_results_the_subject_page_and_the_dossier_within_the_users_districts()
    {
        var fragment = Unique.ChineseFragment();
        var (high, highUscc, highName) = await CompanyAsync("330502", null, $"湖州{fragment}建材有限公司");
        var (quiet, _, _) = await CompanyAsync("330502", null, $"湖州{fragment}贸易有限公司");
        await Deliveries.DeliverAsync(factory, [Penalty(1, highUscc, highName, $"湖市监罚〔2026〕{Unique.Digits(5)}号", PenaltyClass.Serious, 15)], "HZ-SJJ");

        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var results = await HtmlPages.GetAsync(office, "/subjects?q=" + Uri.EscapeDataString(fragment));
        var rows = results.QuerySelectorAll("#results tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        var badge = rows.Single(r => r.TextContent.Contains(highName, StringComparison.Ordinal)).QuerySelector("a.risk-badge")!;
        Assert.Equal("High", badge.GetAttribute("data-level"));
        Assert.Equal($"/monitoring/risk/{high}", badge.GetAttribute("href"));
        Assert.Contains("text-bg-danger", badge.InnerHtml, StringComparison.Ordinal);
        Assert.Null(rows.Single(r => !r.TextContent.Contains(highName, StringComparison.Ordinal)).QuerySelector("a.risk-badge")); // 无: no badge

        var subject = await HtmlPages.GetAsync(office, $"/subjects/{high}");
        Assert.Equal($"/monitoring/risk/{high}", subject.QuerySelector("#open-risk")!.GetAttribute("href"));
        Assert.Equal("High", subject.QuerySelector("#open-risk .risk-badge")!.GetAttribute("data-level"));
        var dossier = await HtmlPages.GetAsync(office, $"/dossier/{high}");
        Assert.Equal("High", dossier.QuerySelector("#open-risk .risk-badge")!.GetAttribute("data-level"));
        var quietPage = await HtmlPages.GetAsync(office, $"/subjects/{quiet}");
        Assert.Equal("None", quietPage.QuerySelector("#open-risk .risk-badge")!.GetAttribute("data-level"));

        // 长兴's staff find the 吴兴 organisations (public registration data) but get no badge and no risk page.
        using var changxing = await SignedInClient.CreateAsync(factory, "changxing.staff");
        var theirs = await HtmlPages.GetAsync(changxing, "/subjects?q=" + Uri.EscapeDataString(fragment));
        Assert.Equal(2, theirs.QuerySelectorAll("#results tbody tr").Length);
        Assert.Empty(theirs.QuerySelectorAll("#results a.risk-badge"));
        Assert.Null((await HtmlPages.GetAsync(changxing, $"/subjects/{high}")).QuerySelector("#open-risk"));
        Assert.Null((await HtmlPages.GetAsync(changxing, $"/dossier/{high}")).QuerySelector("#open-risk"));
        using (var elsewhere = await changxing.GetAsync($"/monitoring/risk/{high}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        }

        // 吴兴's staff see their own district's.
        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        var own = await HtmlPages.GetAsync(wuxing, "/subjects?q=" + Uri.EscapeDataString(fragment));
        Assert.Single(own.QuerySelectorAll("#results a.risk-badge"));
        var riskPage = await HtmlPages.GetAsync(wuxing, $"/monitoring/risk/{high}");
        Assert.Null(riskPage.QuerySelector("#publish-form")); // only the city credit office publishes
    }

    [Fact]
    public async Task Possible_related_parties_are_shown_to_staff_and_never_in_the_published_alert_which_is_audited_and_withdrawable()
    {
        var representative = "测" + Unique.ChineseFragment(2);
        var (a, aUscc, aName) = await CompanyAsync("330502", representative);
        var (b, _, bName) = await CompanyAsync("330502", representative);
        var (_, _, otherDistrict) = await CompanyAsync("330522", representative);
        await Deliveries.DeliverAsync(factory, [Penalty(1, aUscc, aName, $"湖市监罚〔2026〕{Unique.Digits(5)}号", PenaltyClass.Serious, 15)], "HZ-SJJ");

        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var page = await HtmlPages.GetAsync(office, $"/monitoring/risk/{a}");
        var related = page.QuerySelector("#related")!;
        Assert.Contains("可能关联", related.TextContent, StringComparison.Ordinal);
        Assert.Contains(bName, related.TextContent, StringComparison.Ordinal);
        Assert.Contains(representative, related.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(otherDistrict, related.TextContent, StringComparison.Ordinal); // same name, another district
        Assert.Contains($"/monitoring/risk/{b}", related.QuerySelectorAll("a").Select(x => x.GetAttribute("href")));

        // Bad input: Chinese messages, the form kept.
        using (var refused = await HtmlPages.PostFormAsync(office, page, "#publish-form", new() { ["title"] = "风险", ["text"] = "该企业与" + bName + "可能关联，请注意。" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var again = await HtmlPages.ParseAsync(refused);
            Assert.Equal("标题至少 4 个字。", again.QuerySelector("#title-error")!.TextContent.Trim());
        }

        using (var refused = await HtmlPages.PostFormAsync(office, page, "#publish-form", new() { ["title"] = "关于该企业的信用风险提示", ["text"] = "该企业与" + bName + "可能关联，请注意。" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal("正文不能包含“可能关联”等仅供工作人员参考的内容。", (await HtmlPages.ParseAsync(refused)).QuerySelector("#text-error")!.TextContent.Trim());
        }

        // The review step shows exactly what the public will see.
        var title = "关于" + aName + "的信用风险提示";
        const string text = "该企业近 12 个月内存在严重失信记录。\n请交易相对方注意防范信用风险。";
        using var previewed = await HtmlPages.PostFormAsync(office, page, "#publish-form", new() { ["title"] = title, ["text"] = text });
        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        var preview = await HtmlPages.ParseAsync(previewed);
        var shown = preview.QuerySelector("#public-preview")!.TextContent;
        Assert.Contains(title, shown, StringComparison.Ordinal);
        Assert.Contains(aUscc, shown, StringComparison.Ordinal);
        Assert.DoesNotContain("可能关联", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(bName, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(representative, shown, StringComparison.Ordinal);
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_risk_alerts WHERE subject_id = $1", a));

        // Without the tick nothing is published; with it, it is, audited.
        using (var unticked = await HtmlPages.PostFormAsync(office, preview, "#publish-confirm", []))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, unticked.StatusCode);
            Assert.Contains("勾选", (await HtmlPages.ParseAsync(unticked)).QuerySelector("#publish-error")!.TextContent, StringComparison.Ordinal);
        }

        using (var done = await HtmlPages.PostFormAsync(office, preview, "#publish-confirm", new() { ["confirmed"] = "true" }))
        {
            Assert.Equal($"/monitoring/risk/{a}", HtmlPages.Location(done));
            Assert.Contains("风险提示已发布", (await Flashes.FollowAsync(office, done)).Success, StringComparison.Ordinal);
        }

        var alertId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.monitoring_risk_alerts WHERE subject_id = $1", a);
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM credit.audit_log WHERE action = 'monitoring.risk-alert.publish' AND subject_id = $1 AND user_name = 'xinyongban')", a));

        // The hand-over: exactly what was previewed, nothing about the related party.
        using (var scope = factory.Services.CreateScope())
        {
            var alerts = scope.ServiceProvider.GetRequiredService<IPublishedRiskAlerts>();
            var mine = Assert.Single(await alerts.ForOrganisationAsync(a));
            Assert.Equal((title, text, aName, aUscc, "330502"), (mine.Title, mine.Text, mine.OrganisationName, mine.CreditCode, mine.DistrictCode));
            var json = JsonSerializer.Serialize(mine);
            Assert.DoesNotContain(bName, json, StringComparison.Ordinal);
            Assert.DoesNotContain(representative, json, StringComparison.Ordinal);
            Assert.Contains((await alerts.LatestAsync(1, 100)).Items, x => x.Id == alertId);
            Assert.Empty(await alerts.ForOrganisationAsync(b));
        }

        // A district credit office may not publish or withdraw; a district user of another district does not even see the page.
        using (var cx = await SignedInClient.CreateAsync(factory, "changxing.xyb"))
        {
            var token = HtmlPages.AntiforgeryToken(await HtmlPages.GetAsync(cx, "/monitoring"));
            using var forbidden = await HtmlPages.PostAsync(cx, $"/monitoring/risk/{a}/publish", [new("__RequestVerificationToken", token), new("title", title), new("text", text), new("confirmed", "true")]);
            Assert.True(
                forbidden.StatusCode == HttpStatusCode.Forbidden || HtmlPages.Location(forbidden).StartsWith("/account/access-denied", StringComparison.Ordinal),
                $"Expected a refusal, got {(int)forbidden.StatusCode}");
            using var hidden = await cx.GetAsync($"/monitoring/risk/{a}");
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_risk_alerts WHERE subject_id = $1", a));

        // Withdraw: a reason is required; then gone from the hand-over, audited.
        page = await HtmlPages.GetAsync(office, $"/monitoring/risk/{a}");
        Assert.Contains(title, page.QuerySelector("#risk-alerts")!.TextContent, StringComparison.Ordinal);
        using (var noReason = await HtmlPages.PostFormAsync(office, page, ".withdraw-form", new() { ["reason"] = " " }))
        {
            Assert.Equal("请填写撤回原因。", (await Flashes.FollowAsync(office, noReason)).Error);
        }

        using (var withdrawn = await HtmlPages.PostFormAsync(office, page, ".withdraw-form", new() { ["reason"] = "企业已整改完毕。" }))
        {
            Assert.Contains("已撤回", (await Flashes.FollowAsync(office, withdrawn)).Success, StringComparison.Ordinal);
        }

        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM credit.audit_log WHERE action = 'monitoring.risk-alert.withdraw' AND subject_id = $1)", a));
        using (var scope = factory.Services.CreateScope())
        {
            var alerts = scope.ServiceProvider.GetRequiredService<IPublishedRiskAlerts>();
            Assert.Empty(await alerts.ForOrganisationAsync(a));
            Assert.DoesNotContain((await alerts.LatestAsync(1, 100)).Items, x => x.Id == alertId);
        }

        page = await HtmlPages.GetAsync(office, $"/monitoring/risk/{a}");
        Assert.Contains("已撤回", page.QuerySelector("#risk-alerts")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".withdraw-form"));
    }

    [Fact]
    public async Task The_demo_city_has_a_published_risk_alert_about_a_high_risk_organisation()
    {
        var subjectId = await factory.Database.ScalarAsync<long>(
            "SELECT subject_id FROM credit.monitoring_risk_alerts WHERE published_by = 'xinyongban' AND text LIKE '经湖州市公共信用信息平台核查%' ORDER BY id LIMIT 1");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var page = await HtmlPages.GetAsync(office, $"/monitoring/risk/{subjectId}");
        Assert.Equal("High", page.QuerySelector("#risk-level")!.GetAttribute("data-level"));
        Assert.NotNull(page.QuerySelector("#risk-alerts"));
        var published = await HtmlPages.GetAsync(office, "/monitoring/risk/alerts");
        Assert.Contains($"/monitoring/risk/{subjectId}", published.QuerySelectorAll("#published-alerts a").Select(a => a.GetAttribute("href")));
    }

    private static string Lines(AngleSharp.Dom.IDocument page) => page.QuerySelector("#risk-lines")?.TextContent ?? "";

    private static IncomingCreditRecord Penalty(int row, string uscc, string name, string reference, PenaltyClass penaltyClass, int daysAgo) =>
        new(row, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, reference, Today.AddDays(-daysAgo),
            new PublicityPeriod(Today.AddDays(-daysAgo), Today.AddYears(3), Today.AddYears(1), penaltyClass, "2025", true), "[\"x\"]");

    private async Task<(long Id, string Uscc, string Name)> CompanyAsync(string district, string? representative, string? name = null)
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc(district);
        name ??= $"湖州{Unique.ChineseFragment()}科技有限公司";
        using var response = await SubjectForms.SubmitOrganisationAsync(office, name, uscc, district,
            representative is null ? null : new() { ["LegalRepresentative"] = representative });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(HtmlPages.Location(response).Split('?')[0].Split('/')[^1], CultureInfo.InvariantCulture);
        return (id, uscc, name);
    }
}
