using System.Globalization;
using System.Net;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.Monitoring.Jobs;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Monitoring;

/// <summary>
/// Threshold rules on aggregates (issue #27 §2): each metric measured from its aggregate (records → value right → one
/// alert per rule, scope and month; a second evaluation or a redelivered event adds nothing; a new month raises again),
/// the events marking the rules of their metric for the minute job, the form's Chinese messages, and who may manage rules.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class ThresholdRuleTests(CreditAppFactory factory)
{
    private const string SeriousCountSql =
        "SELECT count(*) FROM credit.credit_records r JOIN credit.subjects s ON s.id = r.subject_id "
        + "WHERE r.penalty_class = 3 AND r.status <> 4 AND s.district_code = $1 AND r.decision_date >= $2 AND r.decision_date <= $3";

    private static DateOnly Today => ShanghaiTime.Today(TimeProvider.System);

    [Fact]
    public async Task A_districts_serious_penalties_this_month_above_the_threshold_raise_one_alert_after_the_delivery_event()
    {
        var (from, to) = ThresholdPeriods.Month(Today);
        var before = await factory.Database.ScalarAsync<long>(SeriousCountSql, "330502", from, to);
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var name = "吴兴区本月严重失信处罚测试" + Unique.Digits(5);
        var ruleId = await CreateRuleAsync(office, new()
        {
            ["Name"] = name, ["Metric"] = "1", ["DistrictCode"] = "330502", ["Comparison"] = "1",
            ["Threshold"] = (before + 1).ToString(CultureInfo.InvariantCulture), ["Serious"] = "true", ["NotifyConcerned"] = "true",
        });
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM credit.audit_log WHERE action = 'monitoring.rule.create' AND detail LIKE $1)", "%" + name + "%"));

        // Two serious penalties and a light one of a 吴兴 company, decided today: the delivery's event marks the rule.
        var uscc = Unique.Uscc("330502");
        var company = $"湖州{Unique.ChineseFragment()}建材有限公司";
        await SubjectForms.CreateOrganisationAsync(office, company, uscc, "330502");
        var references = Enumerable.Range(0, 3).Select(_ => $"吴建罚〔{Today.Year}〕{Unique.Digits(6)}号").ToArray();
        await Deliveries.DeliverAsync(factory,
            [Penalty(1, uscc, company, references[0], PenaltyClass.Serious), Penalty(2, uscc, company, references[1], PenaltyClass.Serious), Penalty(3, uscc, company, references[2], PenaltyClass.Minor)],
            "HZ-JSJ");
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT dirty_since IS NOT NULL FROM credit.monitoring_threshold_rules WHERE id = $1", ruleId));

        // The minute job evaluates the marked rule once and clears the mark.
        await RunPendingAsync();
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT dirty_since IS NULL FROM credit.monitoring_threshold_rules WHERE id = $1", ruleId));
        var now = await factory.Database.ScalarAsync<long>(SeriousCountSql, "330502", from, to);
        Assert.Equal(before + 2, now);
        Assert.Equal((decimal)now, await factory.Database.ScalarAsync<decimal>("SELECT last_value FROM credit.monitoring_threshold_rules WHERE id = $1", ruleId));
        var key = $"t:{ruleId}:330502:{Today:yyyy-MM}";
        Assert.Equal(1L, await AlertsAsync("c:330500", key));
        Assert.Equal(1L, await AlertsAsync("c:330502", key));
        Assert.Equal(0L, await AlertsAsync("c:330522", key));
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT serious FROM credit.monitoring_alerts WHERE owner = 'c:330500' AND fact_key = $1", key));

        // Redelivered event, the nightly run, another evaluation in the same month: nothing more.
        await Dispatch(new CreditRecordsChanged([1]));
        await RunPendingAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ThresholdRulesJob>().RunAsync(CancellationToken.None);
        }

        Assert.Equal(1L, await AlertsAsync("c:330500", key));
        Assert.Equal(1L, await AlertsAsync("c:330502", key));

        // The alert in the credit office's inbox names the value and the threshold and links to the figures.
        var alertId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.monitoring_alerts WHERE owner = 'c:330500' AND fact_key = $1", key);
        var alert = await HtmlPages.GetAsync(office, $"/monitoring/alerts/{alertId}");
        var text = alert.QuerySelector("#alert-detail")!.TextContent;
        Assert.Contains($"{now} 条", text, StringComparison.Ordinal);
        Assert.Contains($"高于 {before + 1} 条", text, StringComparison.Ordinal);
        var link = alert.QuerySelector("#alert-detail a.alert-fact")!.GetAttribute("href");
        Assert.Equal($"/monitoring/rules/{ruleId}/trial?scope=330502", link);

        // 现在试算: the value now, the records behind it, and no alert raised.
        var alertsBefore = await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts WHERE trigger = 30");
        var trial = await HtmlPages.GetAsync(office, link!);
        Assert.Equal($"{now} 条", trial.QuerySelector("#measures tr[data-scope='330502'] .measure-value")!.TextContent.Trim());
        Assert.Contains(references[0], trial.QuerySelector("#serious-records")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(references[2], trial.QuerySelector("#serious-records")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(alertsBefore, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts WHERE trigger = 30"));

        // The list shows the last evaluated value.
        var list = await HtmlPages.GetAsync(office, "/monitoring/rules");
        Assert.Contains($"吴兴区 {now} 条", list.QuerySelector("#rules")!.TextContent, StringComparison.Ordinal);

        // A district credit office reads the rule; another district's office does not get the alert; nobody else reads.
        using var changxing = await SignedInClient.CreateAsync(factory, "changxing.xyb");
        await HtmlPages.GetAsync(changxing, $"/monitoring/rules/{ruleId}");
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using (var refused = await staff.GetAsync($"/monitoring/rules/{ruleId}"))
        {
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        }

        await DisableAsync(office, ruleId);
    }

    [Fact]
    public async Task The_share_of_grade_D_alerts_once_a_month_per_district_and_again_in_the_next_month()
    {
        var field = "T" + Unique.Digits(6);
        // 吴兴: 3 of 5 graded subjects are D (60 %); 南浔: none of 5 (0 %).
        var subject = 9_000_000_000L + long.Parse(Unique.Digits(8), CultureInfo.InvariantCulture) * 10;
        for (var i = 0; i < 10; i++)
        {
            await factory.Database.ExecuteAsync(
                "INSERT INTO credit.evaluation_results (field_code, subject_id, model_version, score, grade, points, facts, counts, adjustment, subject_name, subject_code, district_code, as_of, evaluated_at, run_id) "
                + "VALUES ($1, $2, 1, 60, $3, '{}', '{}', '{}', 0, '测试', '', $4, current_date, now(), 0)",
                field, subject + i, i < 3 ? "D" : "A", i < 5 ? "330502" : "330503");
        }

        var ruleId = await InsertRuleAsync("metric, field_code, grade, district_code, window_days, comparison, threshold, notify_concerned", $"2, '{field}', 'D', '*', 30, 1, 20, true");
        await using var scope = factory.Services.CreateAsyncScope();
        var evaluator = scope.ServiceProvider.GetRequiredService<ThresholdEvaluator>();
        var now = DateTimeOffset.UtcNow;

        Assert.Equal(2, await evaluator.EvaluateAsync([ruleId], now, CancellationToken.None));
        Assert.Equal(0, await evaluator.EvaluateAsync([ruleId], now, CancellationToken.None));
        var thisMonth = $"t:{ruleId}:330502:{ShanghaiTime.ToShanghai(now):yyyy-MM}";
        Assert.Equal(1L, await AlertsAsync("c:330500", thisMonth));
        Assert.Equal(1L, await AlertsAsync("c:330502", thisMonth));
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts WHERE fact_key LIKE $1", $"t:{ruleId}:330503:%"));
        Assert.Equal(60m, await factory.Database.ScalarAsync<decimal>("SELECT last_value FROM credit.monitoring_threshold_rules WHERE id = $1", ruleId));
        Assert.Contains("60%", await factory.Database.ScalarAsync<string>("SELECT title FROM credit.monitoring_alerts WHERE owner = 'c:330500' AND fact_key = $1", thisMonth), StringComparison.Ordinal);

        // Still above in the next month: a new period, a new alert (one more per recipient).
        var next = now.AddMonths(1);
        Assert.Equal(2, await evaluator.EvaluateAsync([ruleId], next, CancellationToken.None));
        Assert.Equal(1L, await AlertsAsync("c:330500", $"t:{ruleId}:330502:{ShanghaiTime.ToShanghai(next):yyyy-MM}"));

        // A grade change marks grade rules only; fallen below the threshold, nothing is raised.
        await Dispatch(new GradesChanged([subject]));
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT dirty_since IS NOT NULL FROM credit.monitoring_threshold_rules WHERE id = $1", ruleId));
        await factory.Database.ExecuteAsync("UPDATE credit.evaluation_results SET grade = 'A' WHERE field_code = $1", field);
        Assert.Equal(0, await evaluator.EvaluateAsync([ruleId], next.AddMonths(1), CancellationToken.None));
        Assert.Equal(0m, await factory.Database.ScalarAsync<decimal>("SELECT last_value FROM credit.monitoring_threshold_rules WHERE id = $1", ruleId));
        await factory.Database.ExecuteAsync("UPDATE credit.monitoring_threshold_rules SET enabled = false, dirty_since = NULL WHERE id = $1", ruleId);
    }

    [Fact]
    public async Task A_departments_timeliness_below_the_threshold_alerts_the_credit_office_and_the_department_with_its_scorecard()
    {
        var department = "T-" + Unique.Digits(6);
        // 40 accepted rows decided within the year, 10 of them on time: 及时率 25 %; 合规率 40 / 50 = 80 %.
        await factory.Database.ExecuteAsync(
            "INSERT INTO credit.collection_daily_statistics (day, department_code, item_code, batches, received, accepted, rejected, timely, delay_days_total, history_rows) "
            + "VALUES ($1, $2, 'XZCF', 2, 50, 40, 10, 10, 300, 0)", Today.AddDays(-3), department);
        var timeliness = await InsertRuleAsync("metric, department_code, window_days, comparison, threshold, notify_concerned", $"3, '{department}', 30, 2, 90, true");
        var compliance = await InsertRuleAsync("metric, department_code, window_days, comparison, threshold, notify_concerned", $"4, '{department}', 30, 2, 75, false");

        // A completed batch's statistics event marks the rate rules.
        await Dispatch(new DeliveryStatisticsChanged(department, "XZCF", Today));
        Assert.Equal(2L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_threshold_rules WHERE id IN ($1, $2) AND dirty_since IS NOT NULL", timeliness, compliance));
        await RunPendingAsync();

        var key = $"t:{timeliness}:{department}:{Today:yyyy-MM}";
        Assert.Equal(1L, await AlertsAsync("c:330500", key));
        Assert.Equal(1L, await AlertsAsync("d:" + department, key));
        Assert.Equal(25m, await factory.Database.ScalarAsync<decimal>("SELECT last_value FROM credit.monitoring_threshold_rules WHERE id = $1", timeliness));
        Assert.Equal((short)5, await factory.Database.ScalarAsync<short>("SELECT link FROM credit.monitoring_alerts WHERE owner = $1 AND fact_key = $2", "d:" + department, key));
        Assert.Contains("按时报送 10 条", await factory.Database.ScalarAsync<string>("SELECT detail FROM credit.monitoring_alerts WHERE owner = 'c:330500' AND fact_key = $1", key), StringComparison.Ordinal);
        // 80 % is not below 75 %: no alert, the value kept.
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts WHERE fact_key LIKE $1", $"t:{compliance}:%"));
        Assert.Equal(80m, await factory.Database.ScalarAsync<decimal>("SELECT last_value FROM credit.monitoring_threshold_rules WHERE id = $1", compliance));

        // The same event again: one alert still.
        await Dispatch(new DeliveryStatisticsChanged(department, "XZCF", Today));
        await RunPendingAsync();
        Assert.Equal(1L, await AlertsAsync("c:330500", key));
        await factory.Database.ExecuteAsync("UPDATE credit.monitoring_threshold_rules SET enabled = false WHERE id IN ($1, $2)", timeliness, compliance);
    }

    [Fact]
    public async Task The_form_refuses_bad_input_in_Chinese_and_only_the_city_credit_office_manages_rules()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        await ExpectErrorAsync(office, new() { ["Name"] = "", ["Metric"] = "1", ["DistrictCode"] = "330502", ["Threshold"] = "5" }, "请填写规则名称");
        await ExpectErrorAsync(office, new() { ["Name"] = "测试", ["Metric"] = "1", ["DistrictCode"] = "", ["Threshold"] = "5" }, "请选择统计的区县");
        await ExpectErrorAsync(office, new() { ["Name"] = "测试", ["Metric"] = "1", ["DistrictCode"] = "330502", ["Threshold"] = "五条" }, "请填写阈值（数字）");
        await ExpectErrorAsync(office, new() { ["Name"] = "测试", ["Metric"] = "1", ["DistrictCode"] = "330502", ["Threshold"] = "2.5" }, "0 到 100,000 之间的整数");
        await ExpectErrorAsync(office, new() { ["Name"] = "测试", ["Metric"] = "2", ["FieldCode"] = "", ["Threshold"] = "10" }, "请选择评价领域");
        await ExpectErrorAsync(office, new() { ["Name"] = "测试", ["Metric"] = "3", ["DepartmentCode"] = "", ["Threshold"] = "90" }, "请选择被监测的部门");
        await ExpectErrorAsync(office, new() { ["Name"] = "测试", ["Metric"] = "3", ["DepartmentCode"] = "HZ-SJJ", ["WindowDays"] = "3", ["Threshold"] = "90" }, "统计区间应为 7 到 366 天");
        await ExpectErrorAsync(office, new() { ["Name"] = "测试", ["Metric"] = "3", ["DepartmentCode"] = "HZ-SJJ", ["Threshold"] = "150" }, "比率阈值应在 0 到 100 之间");

        // Create, edit, disable, delete — each audited.
        var name = "市场监管局及时率测试" + Unique.Digits(5);
        var ruleId = await CreateRuleAsync(office, new() { ["Name"] = name, ["Metric"] = "3", ["DepartmentCode"] = "HZ-SJJ", ["Comparison"] = "2", ["Threshold"] = "90%" });
        var edit = await HtmlPages.GetAsync(office, $"/monitoring/rules/{ruleId}/edit");
        using (var saved = await HtmlPages.PostFormAsync(office, edit, "#rule-form", new() { ["Threshold"] = "85", ["WindowDays"] = "60" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(85m, await factory.Database.ScalarAsync<decimal>("SELECT threshold FROM credit.monitoring_threshold_rules WHERE id = $1", ruleId));
        Assert.Equal(60, await factory.Database.ScalarAsync<int>("SELECT window_days FROM credit.monitoring_threshold_rules WHERE id = $1", ruleId));
        await DisableAsync(office, ruleId);
        Assert.False(await factory.Database.ScalarAsync<bool>("SELECT enabled FROM credit.monitoring_threshold_rules WHERE id = $1", ruleId));
        var details = await HtmlPages.GetAsync(office, $"/monitoring/rules/{ruleId}");
        using (var deleted = await HtmlPages.PostFormAsync(office, details, "#delete-form", []))
        {
            Assert.Contains("已删除", (await Flashes.FollowAsync(office, deleted)).Success, StringComparison.Ordinal);
        }

        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_threshold_rules WHERE id = $1", ruleId));
        foreach (var action in new[] { "create", "update", "disable", "delete" })
        {
            Assert.True(await factory.Database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM credit.audit_log WHERE action = $1 AND detail LIKE $2)", "monitoring.rule." + action, "%" + name + "%"), action);
        }

        // A district credit office reads the list but may not write rules; department staff may not even read them.
        using var changxing = await SignedInClient.CreateAsync(factory, "changxing.xyb");
        var list = await HtmlPages.GetAsync(changxing, "/monitoring/rules");
        Assert.Null(list.QuerySelector("#new-rule"));
        using (var refused = await changxing.GetAsync("/monitoring/rules/new"))
        {
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        }

        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using (var refused = await staff.GetAsync("/monitoring/rules"))
        {
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        }
    }

    [Fact]
    public async Task The_demo_city_has_the_credit_offices_rules_and_a_triggered_alert()
    {
        Assert.True(await factory.Database.ScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM credit.monitoring_threshold_rules WHERE name = '吴兴区本月严重失信处罚超过 5 条' AND metric = 1 AND district_code = '330502' AND last_evaluated_at IS NOT NULL)"));
        var timeliness = await factory.Database.ScalarAsync<string>(
            "SELECT name FROM credit.monitoring_threshold_rules WHERE created_by = 'xinyongban' AND metric = 3 AND name LIKE '%及时率低于 90%' ORDER BY id LIMIT 1");
        Assert.False(string.IsNullOrEmpty(timeliness));
        Assert.True(await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.monitoring_alerts a JOIN credit.monitoring_threshold_rules r ON r.id = a.link_id "
            + "WHERE a.trigger = 30 AND a.owner = 'c:330500' AND r.created_by = 'xinyongban' AND r.name IN ('吴兴区本月严重失信处罚超过 5 条', $1)", timeliness) >= 1);
    }

    private static async Task ExpectErrorAsync(HttpClient office, Dictionary<string, string> values, string message)
    {
        var form = await HtmlPages.GetAsync(office, "/monitoring/rules/new");
        using var response = await HtmlPages.PostFormAsync(office, form, "#rule-form", values);
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#rule-errors")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<long> CreateRuleAsync(HttpClient office, Dictionary<string, string> values)
    {
        var form = await HtmlPages.GetAsync(office, "/monitoring/rules/new");
        using var created = await HtmlPages.PostFormAsync(office, form, "#rule-form", values);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return long.Parse(HtmlPages.Location(created).Split('?')[0].Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private static async Task DisableAsync(HttpClient office, long ruleId)
    {
        var details = await HtmlPages.GetAsync(office, $"/monitoring/rules/{ruleId}");
        using var disabled = await HtmlPages.PostFormAsync(office, details, "#disable-form", []);
        Assert.Contains("已停用", (await Flashes.FollowAsync(office, disabled)).Success, StringComparison.Ordinal);
    }

    private async Task<long> InsertRuleAsync(string columns, string values) =>
        await factory.Database.ScalarAsync<long>(
            $"INSERT INTO credit.monitoring_threshold_rules (name, {columns}, serious, enabled, created_by, created_at, last_breaches) VALUES ('测试规则', {values}, false, true, 'test', now(), 0) RETURNING id");

    private async Task<long> AlertsAsync(string owner, string key) =>
        await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts WHERE owner = $1 AND trigger = 30 AND fact_key = $2", owner, key);

    private async Task RunPendingAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ThresholdRulesJob>().RunPendingAsync(CancellationToken.None);
    }

    private async Task Dispatch<TEvent>(TEvent message)
        where TEvent : IIntegrationEvent
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await ((IIntegrationEventHandler<TEvent>)(object)scope.ServiceProvider.GetRequiredService<ThresholdRuleTriggers>()).HandleAsync(message, CancellationToken.None);
    }

    private static IncomingCreditRecord Penalty(int row, string uscc, string name, string reference, PenaltyClass penaltyClass) =>
        new(row, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, reference, Today,
            new PublicityPeriod(Today, Today.AddYears(3), Today.AddYears(1), penaltyClass, "2025", true), "[\"x\"]");
}
