using System.Globalization;
using System.Net;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.Monitoring.Jobs;
using Huzhou.Credit.SharedKernel.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.IntegrationTests.Monitoring;

/// <summary>
/// Monitoring end to end: a department's shared watch list gets one alert per fact from another department's delivery
/// (and none more when the event is dispatched again); every trigger (bad record by class, publicity ended, black list
/// in and out, red list, grade down and up, 吊销, a watched code created pending); grouping of a set watch; scoping of
/// district users; the inbox, badge, acknowledge and assign; the mail choice (at once, daily digest); the /org notices.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class MonitoringTests(CreditAppFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_department_list_is_told_once_of_another_departments_serious_penalty_and_acknowledges_it()
    {
        var (subjectId, uscc, name) = await CompanyAsync("330502");
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var listId = await CreateListAsync(staff, "重点企业" + Unique.Digits(6), shared: true);
        var page = await HtmlPages.GetAsync(staff, $"/monitoring/lists/{listId}");
        using (var added = await HtmlPages.PostFormAsync(staff, page, "#add-codes", new() { ["codes"] = uscc + "\n不是代码\n" }))
        {
            var flash = await Flashes.FollowAsync(staff, added);
            Assert.Contains("已加入 1 个主体", flash.Error, StringComparison.Ordinal);
            Assert.Contains("第 2 行 不是代码：不是有效的统一社会信用代码或公民身份号码", flash.Error, StringComparison.Ordinal);
        }

        var reference = $"湖建罚〔2026〕{Unique.Digits(5)}号";
        await DeliverPenaltyAsync(uscc, name, reference, PenaltyClass.Serious, "HZ-JSJ");
        Assert.Equal(1L, await AlertCountAsync("d:HZ-SJJ", subjectId, 1));
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT serious FROM credit.monitoring_alerts WHERE owner = 'd:HZ-SJJ' AND subject_id = $1 AND trigger = 1", subjectId));

        // Redelivery: the same event dispatched twice more adds nothing.
        await DispatchAsync(new CreditRecordsChanged([subjectId]));
        await DispatchAsync(new CreditRecordsChanged([subjectId]));
        Assert.Equal(1L, await AlertCountAsync("d:HZ-SJJ", subjectId, 1));

        // The header badge and the inbox of a colleague (the list is the department's).
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var workbench = await HtmlPages.GetAsync(reviewer, "/staff");
        Assert.True(int.Parse(workbench.QuerySelector("#alert-count")!.TextContent.Replace("+", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) > 0);
        Assert.NotNull(workbench.QuerySelector("#todo-monitoring-open"));
        var inbox = await HtmlPages.GetAsync(reviewer, "/monitoring/alerts?serious=true");
        Assert.Contains(name, inbox.QuerySelector("#alerts")!.TextContent, StringComparison.Ordinal);
        var alertId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.monitoring_alerts WHERE owner = 'd:HZ-SJJ' AND subject_id = $1", subjectId);
        var detail = await HtmlPages.GetAsync(reviewer, $"/monitoring/alerts/{alertId}");
        Assert.Contains(reference, detail.QuerySelector("#alert-detail")!.TextContent, StringComparison.Ordinal);
        var recordId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.credit_records WHERE subject_id = $1 AND source_key = $2", subjectId, reference);
        Assert.Equal($"/subjects/{subjectId}/records/{recordId}", detail.QuerySelector("#alert-detail a.alert-fact")!.GetAttribute("href"));

        // Assign to a colleague of the department only; then acknowledge with a note (audited).
        using (var outsider = await HtmlPages.PostFormAsync(reviewer, detail, "#assign-form", new() { ["assignee"] = "wuxing.staff" }))
        {
            Assert.Contains("只能指派给本部门的同事", (await Flashes.FollowAsync(reviewer, outsider)).Error, StringComparison.Ordinal);
        }

        using (var assigned = await HtmlPages.PostFormAsync(reviewer, detail, "#assign-form", new() { ["assignee"] = "scjg.staff" }))
        {
            Assert.Null((await Flashes.FollowAsync(reviewer, assigned)).Error);
        }

        using (var acknowledged = await HtmlPages.PostFormAsync(reviewer, detail, "#acknowledge-form", new() { ["note"] = "已通知执法科室跟进。" }))
        {
            Assert.Null((await Flashes.FollowAsync(reviewer, acknowledged)).Error);
        }

        Assert.Equal("scjg.staff", await factory.Database.ScalarAsync<string>("SELECT assigned_to FROM credit.monitoring_alerts WHERE id = $1", alertId));
        Assert.Equal("已通知执法科室跟进。", await factory.Database.ScalarAsync<string>("SELECT acknowledge_note FROM credit.monitoring_alerts WHERE id = $1 AND acknowledged_at IS NOT NULL", alertId));
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM credit.audit_log WHERE action = 'monitoring.alert.acknowledge' AND subject_id = $1)", subjectId));

        // Another department's staff cannot open it.
        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        using (var elsewhere = await wuxing.GetAsync($"/monitoring/alerts/{alertId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        }
    }

    [Fact]
    public async Task Every_trigger_raises_its_alert_and_a_light_penalty_is_not_serious()
    {
        var (subjectId, uscc, name) = await CompanyAsync("330502");
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        await FollowAsync(staff, subjectId);
        var owner = "u:scjg.staff";

        var light = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        await DeliverPenaltyAsync(uscc, name, light, PenaltyClass.Minor, "HZ-SJJ");
        Assert.False(await factory.Database.ScalarAsync<bool>("SELECT serious FROM credit.monitoring_alerts WHERE owner = $1 AND subject_id = $2 AND trigger = 1", owner, subjectId));

        // Publicity ended.
        await factory.Database.ExecuteAsync(
            "WITH r AS (UPDATE credit.credit_records SET status = 2, updated_at = now() WHERE subject_id = $1 AND source_key = $2 RETURNING subject_id, id) "
            + "INSERT INTO credit.credit_record_changes (subject_id, record_id, changed_at, actor, what, old_status, new_status, reason) SELECT subject_id, id, now(), 'test', 3, 1, 2, '公示期满' FROM r", subjectId, light);
        await DispatchAsync(new CreditRecordsChanged([subjectId]));
        Assert.Equal(1L, await AlertCountAsync(owner, subjectId, 2));

        // Black list entry, its removal, and a red list entry.
        var black = await factory.Database.ScalarAsync<string>("SELECT code FROM credit.list_types WHERE kind = 2 ORDER BY code LIMIT 1");
        var red = await factory.Database.ScalarAsync<string>("SELECT code FROM credit.list_types WHERE kind = 1 ORDER BY code LIMIT 1");
        var entry = await InsertEntryAsync(black, subjectId, uscc, name, status: 2);
        await DispatchAsync(new ListEntriesChanged([subjectId]));
        Assert.Equal(1L, await AlertCountAsync(owner, subjectId, 3));
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT serious FROM credit.monitoring_alerts WHERE owner = $1 AND subject_id = $2 AND trigger = 3", owner, subjectId));
        await factory.Database.ExecuteAsync("UPDATE credit.list_entries SET status = 4, updated_at = now() + interval '1 second' WHERE id = $1", entry);
        await InsertEntryAsync(red, subjectId, uscc, name, status: 2);
        await DispatchAsync(new ListEntriesChanged([subjectId]));
        await DispatchAsync(new ListEntriesChanged([subjectId]));
        Assert.Equal(1L, await AlertCountAsync(owner, subjectId, 4));
        Assert.Equal(1L, await AlertCountAsync(owner, subjectId, 5));

        // Grades: down, then up (by the field's bands, best first).
        using (var scope = factory.Services.CreateScope())
        {
            var field = (await scope.ServiceProvider.GetRequiredService<IEvaluationFields>().FieldsAsync()).First(f => f.Grades.Count >= 2 && !f.Retired);
            var (best, worst) = (field.Grades[0].Grade, field.Grades[^1].Grade);
            await factory.Database.ExecuteAsync("INSERT INTO credit.evaluation_grade_changes (field_code, subject_id, old_grade, new_grade, run_id, changed_at) VALUES ($1, $2, $3, $4, (SELECT coalesce(max(id), 0) FROM credit.evaluation_runs), now())", field.Code, subjectId, best, worst);
            await DispatchAsync(new GradesChanged([subjectId]));
            await factory.Database.ExecuteAsync("INSERT INTO credit.evaluation_grade_changes (field_code, subject_id, old_grade, new_grade, run_id, changed_at) VALUES ($1, $2, $3, $4, (SELECT coalesce(max(id), 0) FROM credit.evaluation_runs), now())", field.Code, subjectId, worst, best);
            await DispatchAsync(new GradesChanged([subjectId]));
        }

        Assert.Equal(1L, await AlertCountAsync(owner, subjectId, 6));
        Assert.Equal(1L, await AlertCountAsync(owner, subjectId, 7));

        // 吊销 in the registry's change history.
        await factory.Database.ExecuteAsync("INSERT INTO credit.subject_changes (subject_id, changed_at, changed_by, field, old_value, new_value, reason) VALUES ($1, now(), 'test', '登记状态', '存续（在业）', '吊销', 'test')", subjectId);
        await DispatchAsync(new SubjectsChanged([subjectId]));
        Assert.Equal(1L, await AlertCountAsync(owner, subjectId, 9));

        // The organisation itself sees the same facts on /org.
        using (var scope = factory.Services.CreateScope())
        {
            var notices = await scope.ServiceProvider.GetRequiredService<Huzhou.Credit.Contracts.Monitoring.ISubjectNotices>().RecentAsync(subjectId, 30);
            Assert.Contains(notices, n => n.Kind == "列入黑名单" && n.Serious);
            Assert.Contains(notices, n => n.Kind == "主体吊销");
        }
    }

    [Fact]
    public async Task A_code_not_yet_in_the_registry_is_watched_and_told_when_a_delivery_creates_it()
    {
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}贸易有限公司";
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var listId = await CreateListAsync(staff, "待建档" + Unique.Digits(6), shared: false);
        var page = await HtmlPages.GetAsync(staff, $"/monitoring/lists/{listId}");
        using (var added = await HtmlPages.PostFormAsync(staff, page, "#add-codes", new() { ["codes"] = uscc }))
        {
            Assert.Contains("1 个代码暂未在主体库中", (await Flashes.FollowAsync(staff, added)).Success, StringComparison.Ordinal);
        }

        await DeliverPenaltyAsync(uscc, name, $"湖建罚〔2026〕{Unique.Digits(5)}号", PenaltyClass.General, "HZ-JSJ");
        var subjectId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.subjects WHERE uscc = $1", uscc);
        Assert.Equal(subjectId, await factory.Database.ScalarAsync<long>("SELECT subject_id FROM credit.monitoring_watch_items WHERE watch_list_id = $1", listId));
        Assert.Equal(1L, await AlertCountAsync("u:scjg.staff", subjectId, 10));
        Assert.Equal(1L, await AlertCountAsync("u:scjg.staff", subjectId, 1));
    }

    [Fact]
    public async Task A_set_watch_groups_many_subjects_of_one_event_into_one_summary_and_redelivery_adds_none()
    {
        var companies = new List<(long Id, string Uscc, string Name)>();
        for (var i = 0; i < 3; i++)
        {
            companies.Add(await CompanyAsync("330503"));
        }

        // Delivered before the watch exists: the ordinary dispatch raises nothing for it.
        var rows = companies.Select((c, i) => Penalty(i + 1, c.Uscc, c.Name, $"湖市监罚〔2026〕{Unique.Digits(6)}号", PenaltyClass.General)).ToList();
        await Deliveries.DeliverAsync(factory, rows, "HZ-SJJ");
        var owner = "u:grouping-" + Unique.Digits(8);
        var setId = await factory.Database.ScalarAsync<long>(
            "WITH l AS (INSERT INTO credit.monitoring_watch_lists (name, owner, owner_user, scope_district, created_by, created_at) VALUES ('分组', $1, $1, '330500', 'test', now() - interval '1 day') RETURNING id) "
            + "INSERT INTO credit.monitoring_set_watches (watch_list_id, kind, district_code, tags, label, created_by, created_at) SELECT id, 1, '330503', '{}', '区县：南浔区', 'test', now() - interval '1 day' FROM l RETURNING id", owner);

        var ids = companies.Select(c => c.Id).ToArray();
        using (var scope = factory.Services.CreateScope())
        {
            var matcher = ActivatorUtilities.CreateInstance<AlertMatcher>(scope.ServiceProvider, Options.Create(new MonitoringOptions { GroupThreshold = 2 }));
            await matcher.HandleAsync(new CreditRecordsChanged(ids), CancellationToken.None);
            await matcher.HandleAsync(new CreditRecordsChanged(ids), CancellationToken.None);
        }

        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts WHERE owner = $1 AND trigger = 99 AND set_watch_id = $2 AND subject_count = 3", owner, setId));
        Assert.Equal(3L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts WHERE owner = $1 AND subject_id = ANY($2) AND summary_id IS NOT NULL", owner, ids));
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts WHERE owner = $1 AND trigger <> 99 AND summary_id IS NULL", owner));
    }

    [Fact]
    public async Task A_district_user_watches_only_his_district_and_is_never_told_about_persons_elsewhere()
    {
        var (_, changxingCode, _) = await CompanyAsync("330522");
        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        var listId = await CreateListAsync(wuxing, "吴兴重点" + Unique.Digits(6), shared: false);
        var page = await HtmlPages.GetAsync(wuxing, $"/monitoring/lists/{listId}");
        using (var refused = await HtmlPages.PostFormAsync(wuxing, page, "#add-codes", new() { ["codes"] = changxingCode }))
        {
            Assert.Contains("只能关注本辖区的主体", (await Flashes.FollowAsync(wuxing, refused)).Error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(page.QuerySelectorAll("#add-district option"), o => o.GetAttribute("value") == "330522");
        using (var otherDistrict = await HtmlPages.PostFormAsync(wuxing, page, "#add-district", new() { ["district"] = "330522" }))
        {
            Assert.Contains("只能关注本辖区", (await Flashes.FollowAsync(wuxing, otherDistrict)).Error, StringComparison.Ordinal);
        }

        // A person of 长兴 on a 吴兴 user's list (as if moved there) and on a city user's list: a record tells only the city user.
        var idNumber = Unique.ResidentId("330522");
        var reference = $"长市监罚〔2026〕{Unique.Digits(6)}号";
        await Deliveries.DeliverAsync(factory, [new IncomingCreditRecord(1, SubjectKeyKind.IdNumber, idNumber, "钱" + Unique.ChineseFragment(2), "XZCF", 1, reference,
            Today.AddDays(-3), new PublicityPeriod(Today.AddDays(-3), Today.AddYears(1), Today.AddMonths(3), PenaltyClass.Serious, "2025", true), "[\"x\"]")], "CX-SJJ");
        var personId = await factory.Database.ScalarAsync<long>("SELECT subject_id FROM credit.credit_records WHERE provider_department = 'CX-SJJ' AND source_key = $1", reference);
        Assert.Equal("330522", await factory.Database.ScalarAsync<string>("SELECT district_code FROM credit.subjects WHERE id = $1", personId));
        var cityOwner = "u:city-" + Unique.Digits(8);
        foreach (var (owner, scope) in new[] { ("u:wuxing.staff", "330502"), (cityOwner, "330500") })
        {
            await factory.Database.ExecuteAsync(
                "WITH l AS (INSERT INTO credit.monitoring_watch_lists (name, owner, scope_district, created_by, created_at) VALUES ('范围', $1, $2, 'test', now() - interval '1 day') RETURNING id) "
                + "INSERT INTO credit.monitoring_watch_items (watch_list_id, subject_id, lookup_key, name, display_code, is_person, district_code, added_by, added_at) SELECT id, $3, convert_to('id:' || $3, 'UTF8'), 'x', 'x', true, '330502', 'test', now() - interval '1 day' FROM l",
                owner, scope, personId);
        }

        await DispatchAsync(new CreditRecordsChanged([personId]));
        Assert.Equal(1L, await AlertCountAsync(cityOwner, personId, 1));
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts WHERE owner = 'u:wuxing.staff' AND subject_id = $1", personId));
        // Persons appear with their masked number.
        Assert.Contains("********", await factory.Database.ScalarAsync<string>("SELECT subject_code FROM credit.monitoring_alerts WHERE owner = $1 AND subject_id = $2", cityOwner, personId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mail_choice_sends_at_once_or_in_the_daily_digest()
    {
        var (subjectId, uscc, name) = await CompanyAsync("330502");
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var settings = await HtmlPages.GetAsync(reviewer, "/monitoring/settings");
        using (var bad = await HtmlPages.PostFormAsync(reviewer, settings, "#mail-settings", new() { ["mode"] = "Immediate", ["email"] = "不是邮箱" }))
        {
            Assert.Contains("有效的电子邮箱", (await Flashes.FollowAsync(reviewer, bad)).Error, StringComparison.Ordinal);
        }

        var immediate = $"rev{Unique.Digits(6)}@example.org";
        using (var saved = await HtmlPages.PostFormAsync(reviewer, settings, "#mail-settings", new() { ["mode"] = "Immediate", ["email"] = immediate }))
        {
            Assert.Null((await Flashes.FollowAsync(reviewer, saved)).Error);
        }

        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        await FollowAsync(staff, subjectId);
        await DeliverPenaltyAsync(uscc, name, $"湖建罚〔2026〕{Unique.Digits(5)}号", PenaltyClass.Serious, "HZ-JSJ");
        // scjg.reviewer chose e-mail, but the alert is scjg.staff's personal one: no mail to the reviewer for it.
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.mail_outbox WHERE to_address = $1 AND body LIKE '%' || $2 || '%'", immediate, name));

        // A department list's alert reaches the reviewer at once.
        var listId = await CreateListAsync(staff, "邮件" + Unique.Digits(6), shared: true);
        var page = await HtmlPages.GetAsync(staff, $"/monitoring/lists/{listId}");
        using (await HtmlPages.PostFormAsync(staff, page, "#add-codes", new() { ["codes"] = uscc }))
        {
        }

        await DeliverPenaltyAsync(uscc, name, $"湖建罚〔2026〕{Unique.Digits(5)}号", PenaltyClass.Serious, "HZ-JSJ");
        // A message whose dispatch another handler made retry is not waited for by the settle: wait for the mail itself.
        await Eventually.WaitAsync(
            async () => await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.mail_outbox WHERE to_address = $1 AND body LIKE '%' || $2 || '%'", immediate, name) == 1,
            TimeSpan.FromSeconds(60),
            async () => "no immediate mail; alerts: " + await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts WHERE owner = 'd:HZ-SJJ' AND subject_id = $1", subjectId)
                + "; outbox errors: " + await factory.Database.ScalarAsync<string>("SELECT coalesce(string_agg(event_type || ' ' || coalesce(last_error, ''), ' | '), 'none') FROM credit.outbox_messages WHERE dispatched_at IS NULL"),
            TimeSpan.FromMilliseconds(500));

        // The daily digest: scjg.staff chooses it; the job sends one mail with the day's alerts.
        var digest = $"staff{Unique.Digits(6)}@example.org";
        await factory.Database.ExecuteAsync(
            "INSERT INTO credit.monitoring_mail_preferences (user_name, department_code, email, mode, last_digest_at, updated_at) VALUES ('scjg.staff', 'HZ-SJJ', $1, 2, now() - interval '1 day', now()) "
            + "ON CONFLICT (user_name) DO UPDATE SET email = $1, mode = 2, last_digest_at = now() - interval '1 day'", digest);
        using (var scope = factory.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<DailyDigestJob>().RunAsync(CancellationToken.None) >= 1);
        }

        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.mail_outbox WHERE to_address = $1 AND subject LIKE '%每日汇总%' AND body LIKE '%' || $2 || '%'", digest, name));
    }

    [Fact]
    public async Task The_demo_staff_have_watch_lists_and_alerts()
    {
        foreach (var owner in new[] { "d:HZ-SJJ", "u:scjg.staff", "d:CX-SJJ" })
        {
            Assert.True(await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_watch_lists l JOIN credit.monitoring_watch_items i ON i.watch_list_id = l.id WHERE l.owner = $1 AND l.created_by <> 'test'", owner) > 0, owner);
        }

        Assert.True(await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts a JOIN credit.monitoring_watch_lists l ON l.id = a.watch_list_id WHERE l.name = '市场监管重点关注企业'") > 0);
        Assert.True(await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts a JOIN credit.monitoring_watch_lists l ON l.id = a.watch_list_id WHERE l.name = '长兴县重点监管企业'") > 0);
        using var changxing = await SignedInClient.CreateAsync(factory, "changxing.staff");
        var inbox = await HtmlPages.GetAsync(changxing, "/monitoring/alerts");
        Assert.NotEmpty(inbox.QuerySelectorAll("#alerts tbody tr a"));
    }

    [Fact]
    public async Task An_overdue_provider_is_told_once_to_its_department_and_to_the_credit_office()
    {
        var item = "T" + Unique.Digits(6);
        var itemName = "测试目录项" + item;
        var message = new ProviderOverdue("HZ-SJJ", item, itemName, 5, DeliveryPeriodUnit.WorkingDays, Today.AddDays(-20), Today.AddDays(-10), Today);

        // Written to the outbox twice (a redelivery) and dispatched to the subscribers: one alert each.
        await using (var connection = await factory.Database.OpenConnectionAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await Outbox.WriteAsync(connection, transaction, [message, message], CancellationToken.None);
            await transaction.CommitAsync();
        }

        await factory.SettleEventsAsync();

        const string count = "SELECT count(*) FROM credit.monitoring_alerts WHERE owner = $1 AND trigger = 11 AND title = $2";
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(count, "d:HZ-SJJ", "逾期未报送：" + itemName));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(count, "c:330500", "逾期未报送：" + itemName));
        var departmentAlert = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.monitoring_alerts WHERE owner = 'd:HZ-SJJ' AND trigger = 11 AND title = $1", "逾期未报送：" + itemName);

        // The department's staff see it in their inbox, linking to their scorecard.
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var inbox = await HtmlPages.GetAsync(reviewer, "/monitoring/alerts?open=true");
        Assert.Contains("逾期未报送：" + itemName, inbox.QuerySelector("#alerts")!.TextContent, StringComparison.Ordinal);
        var detail = await HtmlPages.GetAsync(reviewer, $"/monitoring/alerts/{departmentAlert}");
        Assert.Contains("HZ-SJJ", detail.QuerySelector("#alert-detail")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"应于 {Today.AddDays(-10):yyyy-MM-dd} 前报送", detail.QuerySelector("#alert-detail")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/collection/scorecard/HZ-SJJ", detail.QuerySelector("#alert-detail a.alert-fact")!.GetAttribute("href"));

        // The city credit office sees the overdue provider in its own inbox.
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var officeInbox = await HtmlPages.GetAsync(office, "/monitoring/alerts?open=true");
        Assert.Contains("逾期未报送：" + itemName, officeInbox.QuerySelector("#alerts")!.TextContent, StringComparison.Ordinal);

        // Another department's user neither lists it nor opens it.
        using var other = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        var otherInbox = await HtmlPages.GetAsync(other, "/monitoring/alerts");
        Assert.DoesNotContain(itemName, otherInbox.QuerySelector("#alerts")!.TextContent, StringComparison.Ordinal);
        using var elsewhere = await other.GetAsync($"/monitoring/alerts/{departmentAlert}");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task A_serious_alert_left_unacknowledged_for_three_working_days_is_escalated_once_to_the_reviewers()
    {
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var listId = await CreateListAsync(staff, "升级测试" + Unique.Digits(6), shared: false);
        Assert.Equal("r:HZ-SJJ", await factory.Database.ScalarAsync<string>("SELECT escalate_to FROM credit.monitoring_watch_lists WHERE id = $1", listId));
        var (subjectId, _, name) = await CompanyAsync("330502");
        static DateTimeOffset At(string shanghai) => DateTimeOffset.Parse(shanghai + "+08:00", CultureInfo.InvariantCulture);

        // Friday 2026-11-06: the weekend does not count, the third working day is Wednesday 11-11.
        // Wednesday 2026-09-30: 国庆 (10-01…10-07) does not count, the 调休 Saturday 10-10 does: the third working day is 10-10.
        var weekend = await InsertAlertAsync(subjectId, name, listId, "u:scjg.staff", At("2026-11-06T10:00:00"), serious: true);
        var holiday = await InsertAlertAsync(subjectId, name, listId, "u:scjg.staff", At("2026-09-30T10:00:00"), serious: true);
        var light = await InsertAlertAsync(subjectId, name, listId, "u:scjg.staff", At("2026-09-30T10:00:00"), serious: false);
        var acknowledged = await InsertAlertAsync(subjectId, name, listId, "u:scjg.staff", At("2026-09-30T10:00:00"), serious: true);
        await factory.Database.ExecuteAsync("UPDATE credit.monitoring_alerts SET acknowledged_at = created_at + interval '1 day', acknowledged_by = 'scjg.staff' WHERE id = $1", acknowledged);

        async Task EscalateAtAsync(string shanghai)
        {
            using var scope = factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<AlertEscalation>().EscalateAsync(At(shanghai), CancellationToken.None);
        }

        async Task<string?> EscalatedToAsync(long id) =>
            await factory.Database.ScalarAsync<string?>("SELECT escalated_to FROM credit.monitoring_alerts WHERE id = $1", id);

        await EscalateAtAsync("2026-10-10T18:00:00");
        Assert.Null(await EscalatedToAsync(holiday));
        await EscalateAtAsync("2026-10-11T09:00:00");
        Assert.Equal("r:HZ-SJJ", await EscalatedToAsync(holiday));
        Assert.Null(await EscalatedToAsync(light));
        Assert.Null(await EscalatedToAsync(acknowledged));

        await EscalateAtAsync("2026-11-11T18:00:00");
        Assert.Null(await EscalatedToAsync(weekend));
        await EscalateAtAsync("2026-11-12T09:00:00");
        await EscalateAtAsync("2026-11-13T09:00:00");
        Assert.Equal("r:HZ-SJJ", await EscalatedToAsync(weekend));

        // Once, and audited once.
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'monitoring.alert.escalate' AND detail LIKE $1", $"严重监测提醒 {holiday}（%"));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'monitoring.alert.escalate' AND detail LIKE $1", $"严重监测提醒 {weekend}（%"));

        // The reviewer sees the personal list's escalated alert under 已升级 and may acknowledge it; a colleague of another department does not.
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var inbox = await HtmlPages.GetAsync(reviewer, "/monitoring/alerts?escalated=true");
        var links = inbox.QuerySelectorAll("#alerts tbody a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/monitoring/alerts/{holiday}", links);
        Assert.Contains($"/monitoring/alerts/{weekend}", links);
        Assert.DoesNotContain($"/monitoring/alerts/{light}", links);
        var detail = await HtmlPages.GetAsync(reviewer, $"/monitoring/alerts/{holiday}");
        Assert.NotNull(detail.QuerySelector("#alert-escalated"));
        using (var done = await HtmlPages.PostFormAsync(reviewer, detail, "#acknowledge-form", new() { ["note"] = "已督促处理。" }))
        {
            Assert.Null((await Flashes.FollowAsync(reviewer, done)).Error);
        }

        using var other = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        using var elsewhere = await other.GetAsync($"/monitoring/alerts/{weekend}");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        using var notYet = await reviewer.GetAsync($"/monitoring/alerts/{light}");
        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
    }

    private async Task<long> InsertAlertAsync(long subjectId, string name, long listId, string owner, DateTimeOffset at, bool serious) =>
        await factory.Database.ScalarAsync<long>(
            "INSERT INTO credit.monitoring_alerts (owner, watch_list_id, subject_id, subject_name, subject_code, is_person, district_code, trigger, fact_key, title, serious, link, "
            + "occurred_at, created_at, subject_count) VALUES ($1, $2, $3, $4, '', false, '330502', 1, $5, '新增失信记录', $6, 4, $7, $7, 1) RETURNING id",
            owner, listId, subjectId, name, "t" + Unique.Digits(9), serious, at.UtcDateTime);

    private async Task<long> AlertCountAsync(string owner, long subjectId, short trigger) =>
        await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts WHERE owner = $1 AND subject_id = $2 AND trigger = $3", owner, subjectId, trigger);

    private async Task DispatchAsync<TEvent>(TEvent message)
        where TEvent : Huzhou.Credit.SharedKernel.Events.IIntegrationEvent
    {
        using var scope = factory.Services.CreateScope();
        await ((Huzhou.Credit.SharedKernel.Events.IIntegrationEventHandler<TEvent>)(object)scope.ServiceProvider.GetRequiredService<AlertMatcher>()).HandleAsync(message, CancellationToken.None);
    }

    private async Task<long> InsertEntryAsync(string listType, long subjectId, string uscc, string name, short status) =>
        await factory.Database.ScalarAsync<long>(
            "INSERT INTO credit.list_entries (list_type_code, subject_id, subject_name, subject_code, subject_is_person, district_code, reason, basis, deciding_authority, document_number, "
            + "decision_date, effective_from, status, source_department, source, proposed_by, proposed_at, decided_by, decided_at, updated_at) "
            + "VALUES ($1, $2, $3, $4, false, '330502', '测试', '测试', '测试机关', $5, current_date, current_date, $6, 'HZ-SJJ', 1, 'test', now(), 'test', now(), now()) RETURNING id",
            listType, subjectId, name, uscc, "测试〔2026〕" + Unique.Digits(6) + "号", status);

    private static async Task FollowAsync(HttpClient client, long subjectId)
    {
        var page = await HtmlPages.GetAsync(client, $"/subjects/{subjectId}");
        using var followed = await HtmlPages.PostFormAsync(client, page, "#follow-form", []);
        Assert.Contains("已加入关注名单", (await Flashes.FollowAsync(client, followed)).Success, StringComparison.Ordinal);
    }

    private static async Task<long> CreateListAsync(HttpClient client, string name, bool shared)
    {
        var page = await HtmlPages.GetAsync(client, "/monitoring");
        var values = new Dictionary<string, string> { ["name"] = name };
        if (shared)
        {
            values["shared"] = "true";
        }

        using var created = await HtmlPages.PostFormAsync(client, page, "#create-list", values);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return long.Parse(HtmlPages.Location(created).Split('?')[0].Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private Task DeliverPenaltyAsync(string uscc, string name, string reference, PenaltyClass penaltyClass, string department) =>
        Deliveries.DeliverAsync(factory, [Penalty(1, uscc, name, reference, penaltyClass)], department);

    private static IncomingCreditRecord Penalty(int row, string uscc, string name, string reference, PenaltyClass penaltyClass) =>
        new(row, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, reference, Today.AddDays(-5),
            new PublicityPeriod(Today.AddDays(-5), Today.AddYears(3), Today.AddYears(1), penaltyClass, "2025", true), "[\"x\"]");

    private async Task<(long Id, string Uscc, string Name)> CompanyAsync(string district)
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc(district);
        var name = $"湖州{Unique.ChineseFragment()}科技有限公司";
        var id = await SubjectForms.CreateOrganisationAsync(office, name, uscc, district);
        return (id, uscc, name);
    }
}
