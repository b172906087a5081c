using System.Globalization;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Commitments;
using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.Monitoring.Jobs;
using Huzhou.Credit.SharedKernel.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Monitoring;

/// <summary>
/// The triggers of issue #27 §2 beyond records, lists, grades and the registry: a commitment breach, an executed repair
/// and a filed objection (their modules' events through the outbox, redelivered: one alert each); the nightly "a penalty
/// became repairable" job (today's record once, tomorrow's not); set watches of a department's supervised subjects and
/// of a saved registry search, with district scoping; the citizen's 我的信用变动 (his own only); mail of escalations and
/// of the credit office's own alerts.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class MonitoringTriggerTests(CreditAppFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_commitment_breach_an_executed_repair_and_a_filed_objection_alert_the_watcher_once_each()
    {
        var (subjectId, _, _) = await CompanyAsync("330502");
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        await FollowAsync(staff, subjectId);
        const string owner = "u:scjg.staff";
        var now = DateTimeOffset.UtcNow;
        var commitment = long.Parse("9" + Unique.Digits(8), CultureInfo.InvariantCulture);
        var application = long.Parse("9" + Unique.Digits(8), CultureInfo.InvariantCulture);
        var objection = long.Parse("9" + Unique.Digits(8), CultureInfo.InvariantCulture);
        var reference = $"湖建罚〔2026〕{Unique.Digits(5)}号";

        await PublishTwiceAsync(new CommitmentsBreached([new BreachedCommitment(commitment, subjectId, "HZCN2026" + Unique.Digits(7), "建筑工程施工许可告知承诺", "湖州市住房和城乡建设局", Today)]));
        await PublishTwiceAsync(new RepairExecuted(application, "XF" + Unique.Digits(10), subjectId, 424242, null, "行政处罚信息", reference, now));
        await PublishTwiceAsync(new ObjectionFiled(objection, "YY" + Unique.Digits(10), subjectId, 434343, "行政处罚信息", reference, "HZ-JSJ", now));

        Assert.Equal(1L, await AlertCountAsync(owner, subjectId, 20));
        Assert.Equal(1L, await AlertCountAsync(owner, subjectId, 21));
        Assert.Equal(1L, await AlertCountAsync(owner, subjectId, 22));
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT serious FROM credit.monitoring_alerts WHERE owner = $1 AND subject_id = $2 AND trigger = 20", owner, subjectId));
        Assert.False(await factory.Database.ScalarAsync<bool>("SELECT serious FROM credit.monitoring_alerts WHERE owner = $1 AND subject_id = $2 AND trigger = 21", owner, subjectId));
        Assert.Equal("c" + commitment.ToString(CultureInfo.InvariantCulture), await factory.Database.ScalarAsync<string>("SELECT fact_key FROM credit.monitoring_alerts WHERE owner = $1 AND subject_id = $2 AND trigger = 20", owner, subjectId));
        Assert.Equal(424242L, await factory.Database.ScalarAsync<long>("SELECT link_id FROM credit.monitoring_alerts WHERE owner = $1 AND subject_id = $2 AND trigger = 21", owner, subjectId));
        Assert.Contains(reference, await factory.Database.ScalarAsync<string>("SELECT detail FROM credit.monitoring_alerts WHERE owner = $1 AND subject_id = $2 AND trigger = 22", owner, subjectId), StringComparison.Ordinal);

        // A second breach of the same subject is a new fact; nobody who does not watch the subject is told.
        await PublishTwiceAsync(new CommitmentsBreached([new BreachedCommitment(commitment + 1, subjectId, "HZCN2026" + Unique.Digits(7), "食品经营许可告知承诺", "湖州市市场监督管理局", Today)]));
        Assert.Equal(2L, await AlertCountAsync(owner, subjectId, 20));
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts WHERE owner <> $1 AND subject_id = $2 AND trigger IN (20, 21, 22)", owner, subjectId));

        // The alert page names the trigger.
        var alertId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.monitoring_alerts WHERE owner = $1 AND subject_id = $2 AND trigger = 22", owner, subjectId);
        var detail = await HtmlPages.GetAsync(staff, $"/monitoring/alerts/{alertId}");
        Assert.Contains("提出异议申诉", detail.QuerySelector("#alert-detail")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_whose_minimum_publicity_ends_today_alerts_once_and_tomorrows_does_not()
    {
        var (subjectId, uscc, name) = await CompanyAsync("330502");
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        await FollowAsync(staff, subjectId);
        var today = $"湖建罚〔2026〕{Unique.Digits(5)}号";
        var tomorrow = $"湖建罚〔2026〕{Unique.Digits(5)}号";
        await Deliveries.DeliverAsync(factory, [Penalty(1, uscc, name, today, Today), Penalty(2, uscc, name, tomorrow, Today.AddDays(1))], "HZ-JSJ");
        await factory.Database.ExecuteAsync("UPDATE credit.credit_records SET publicity_minimum_end = $3 WHERE subject_id = $1 AND source_key = $2", subjectId, today, Today);
        await factory.Database.ExecuteAsync("UPDATE credit.credit_records SET publicity_minimum_end = $3 WHERE subject_id = $1 AND source_key = $2", subjectId, tomorrow, Today.AddDays(1));
        var todayRecord = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.credit_records WHERE subject_id = $1 AND source_key = $2", subjectId, today);

        for (var run = 0; run < 2; run++)
        {
            using var scope = factory.Services.CreateScope();
            Assert.True(await scope.ServiceProvider.GetRequiredService<RepairableDayJob>().RunAsync(CancellationToken.None) >= 1);
        }

        Assert.Equal(1L, await AlertCountAsync("u:scjg.staff", subjectId, 23));
        Assert.Equal("m" + todayRecord.ToString(CultureInfo.InvariantCulture),
            await factory.Database.ScalarAsync<string>("SELECT fact_key FROM credit.monitoring_alerts WHERE owner = 'u:scjg.staff' AND subject_id = $1 AND trigger = 23", subjectId));
        Assert.Contains(today, await factory.Database.ScalarAsync<string>("SELECT detail FROM credit.monitoring_alerts WHERE owner = 'u:scjg.staff' AND subject_id = $1 AND trigger = 23", subjectId), StringComparison.Ordinal);

        // The organisation itself is told on /org (ISubjectNotices), of today's record only.
        using (var scope = factory.Services.CreateScope())
        {
            var notices = await scope.ServiceProvider.GetRequiredService<ISubjectNotices>().RecentAsync(subjectId, 30);
            var repairable = notices.Where(n => n.Kind == "可申请信用修复").ToList();
            Assert.Single(repairable);
            Assert.Contains(today, repairable[0].Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_saved_search_and_a_departments_supervised_subjects_are_watched_within_the_users_districts()
    {
        var token = Unique.ChineseFragment(5);
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var wuxingCode = Unique.Uscc("330502");
        var changxingCode = Unique.Uscc("330522");
        var inWuxing = await SubjectForms.CreateOrganisationAsync(office, $"湖州{token}甲贸易有限公司", wuxingCode, "330502");
        var inChangxing = await SubjectForms.CreateOrganisationAsync(office, $"湖州{token}乙贸易有限公司", changxingCode, "330522");

        // A district user saves the search (not for another district); a city user too.
        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        var wuxingList = await CreateListAsync(wuxing, "检索" + Unique.Digits(6));
        var page = await HtmlPages.GetAsync(wuxing, $"/monitoring/lists/{wuxingList}");
        using (var elsewhere = await HtmlPages.PostFormAsync(wuxing, page, "#add-search", new() { ["query"] = token, ["district"] = "330522", ["searchName"] = "长兴贸易" }))
        {
            Assert.Contains("只能关注本辖区", (await Flashes.FollowAsync(wuxing, elsewhere)).Error, StringComparison.Ordinal);
        }

        using (var tooShort = await HtmlPages.PostFormAsync(wuxing, page, "#add-search", new() { ["query"] = "湖", ["searchName"] = "太短" }))
        {
            Assert.Contains("名称片段", (await Flashes.FollowAsync(wuxing, tooShort)).Error, StringComparison.Ordinal);
        }

        using (var saved = await HtmlPages.PostFormAsync(wuxing, page, "#add-search", new() { ["query"] = token, ["district"] = "", ["searchName"] = "贸易公司" }))
        {
            Assert.Null((await Flashes.FollowAsync(wuxing, saved)).Error);
        }

        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var cityList = await CreateListAsync(staff, "检索" + Unique.Digits(6));
        page = await HtmlPages.GetAsync(staff, $"/monitoring/lists/{cityList}");
        using (var saved = await HtmlPages.PostFormAsync(staff, page, "#add-search", new() { ["query"] = token, ["district"] = "", ["searchName"] = "贸易公司" }))
        {
            Assert.Null((await Flashes.FollowAsync(staff, saved)).Error);
        }

        Assert.Contains("保存的检索：贸易公司", (await HtmlPages.GetAsync(staff, $"/monitoring/lists/{cityList}")).QuerySelector("#set-watches")!.TextContent, StringComparison.Ordinal);

        var now = DateTimeOffset.UtcNow;
        await PublishTwiceAsync(new ObjectionFiled(long.Parse("8" + Unique.Digits(8), CultureInfo.InvariantCulture), "YY1", inWuxing, 1, "行政处罚信息", "甲", "HZ-JSJ", now));
        await PublishTwiceAsync(new ObjectionFiled(long.Parse("8" + Unique.Digits(8), CultureInfo.InvariantCulture), "YY2", inChangxing, 2, "行政处罚信息", "乙", "HZ-JSJ", now));
        Assert.Equal(1L, await AlertCountAsync("u:wuxing.staff", inWuxing, 22));
        Assert.Equal(0L, await AlertCountAsync("u:wuxing.staff", inChangxing, 22));
        Assert.Equal(1L, await AlertCountAsync("u:scjg.staff", inWuxing, 22));
        Assert.Equal(1L, await AlertCountAsync("u:scjg.staff", inChangxing, 22));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.monitoring_alerts a JOIN credit.monitoring_set_watches w ON w.id = a.set_watch_id WHERE a.owner = 'u:scjg.staff' AND a.subject_id = $1 AND w.kind = 5", inChangxing));

        // A department's supervised subjects: the subjects graded in the fields it supervises.
        await using var connection = await factory.Database.OpenConnectionAsync();
        long graded;
        string department;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT r.subject_id, f.department_code FROM credit.evaluation_results r JOIN credit.evaluation_fields f ON f.code = r.field_code "
                + "WHERE NOT f.retired AND f.department_code <> '' ORDER BY r.subject_id LIMIT 1";
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), "no graded subject in the demo city");
            (graded, department) = (reader.GetInt64(0), reader.GetString(1));
        }

        var supervisedList = await CreateListAsync(staff, "监管" + Unique.Digits(6));
        page = await HtmlPages.GetAsync(staff, $"/monitoring/lists/{supervisedList}");
        Assert.Contains(page.QuerySelectorAll("#add-supervised option"), o => o.GetAttribute("value") == department);
        using (var saved = await HtmlPages.PostFormAsync(staff, page, "#add-supervised", new() { ["department"] = department }))
        {
            Assert.Null((await Flashes.FollowAsync(staff, saved)).Error);
        }

        await PublishTwiceAsync(new ObjectionFiled(long.Parse("8" + Unique.Digits(8), CultureInfo.InvariantCulture), "YY3", graded, 3, "行政处罚信息", "丙", "HZ-JSJ", DateTimeOffset.UtcNow));
        const string onList = "SELECT count(*) FROM credit.monitoring_alerts WHERE watch_list_id = $1 AND subject_id = $2 AND trigger = 22";
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(onList, supervisedList, graded));
        // The company the department does not grade is not on that list's 监管名单.
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>(onList, supervisedList, inWuxing));
    }

    [Fact]
    public async Task The_citizen_sees_his_own_credit_changes_and_nobody_elses()
    {
        var subject = await factory.Database.ScalarAsync<long>("SELECT subject_id FROM credit.citizen_accounts WHERE login_name = 'shimin.demo'");
        RepairableRecord own;
        using (var scope = factory.Services.CreateScope())
        {
            own = (await scope.ServiceProvider.GetRequiredService<ICreditRecordRepairs>().BadRecordsAsync(subject)).First(r => r.Status == CreditRecordStatus.Active);
        }

        // Another subject's record of the same item, repairable today too, must not show.
        var otherSubject = await factory.Database.ScalarAsync<long>(
            "SELECT subject_id FROM credit.credit_records WHERE subject_id <> $1 AND status = 1 AND item_code = $2 ORDER BY subject_id LIMIT 1", subject, own.ItemCode);
        var other = await factory.Database.ScalarAsync<long>(
            "SELECT id FROM credit.credit_records WHERE subject_id = $1 AND status = 1 AND item_code = $2 ORDER BY id LIMIT 1", otherSubject, own.ItemCode);
        var otherReference = await factory.Database.ScalarAsync<string>("SELECT source_key FROM credit.credit_records WHERE subject_id = $1 AND id = $2", otherSubject, other);
        Assert.False(string.IsNullOrEmpty(otherReference), "no other subject's record of the item " + own.ItemCode);
        var otherMinimum = await factory.Database.ScalarAsync<string?>("SELECT publicity_minimum_end::text FROM credit.credit_records WHERE subject_id = $1 AND id = $2", otherSubject, other);
        const string setMinimum = "UPDATE credit.credit_records SET publicity_minimum_end = $3::text::date WHERE subject_id = $1 AND id = $2";
        var today = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await factory.Database.ExecuteAsync(setMinimum, subject, own.RecordId, today);
        await factory.Database.ExecuteAsync(setMinimum, otherSubject, other, today);
        await factory.Database.ExecuteAsync(
            "INSERT INTO credit.integrity_score_history (subject_id, recorded_on, score, level, model_version, recorded_at) VALUES ($1, $2, 123, 4, 1, now()) ON CONFLICT (subject_id, recorded_on) DO NOTHING",
            subject, Today.AddDays(-1));
        try
        {
            using var citizen = SignedInClient.Anonymous(factory);
            using (var signedIn = await HtmlPages.PostFormAsync(citizen, await HtmlPages.GetAsync(citizen, "/citizen/login"), "#citizen-login",
                new() { ["loginName"] = "shimin.demo", ["password"] = CreditAppFactory.DemoPassword }))
            {
                Assert.Equal("/citizen", HtmlPages.Location(signedIn));
            }

            var page = await HtmlPages.GetAsync(citizen, "/citizen");
            var changes = page.QuerySelector("#my-changes")!.TextContent;
            Assert.Contains("可申请信用修复", changes, StringComparison.Ordinal);
            Assert.Contains(own.Reference, changes, StringComparison.Ordinal);
            Assert.Contains("123 分", changes, StringComparison.Ordinal);
            Assert.DoesNotContain(otherReference, changes, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("[style]"));
        }
        finally
        {
            await factory.Database.ExecuteAsync(setMinimum, subject, own.RecordId, (object?)own.MinimumEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
            await factory.Database.ExecuteAsync(setMinimum, otherSubject, other, (object?)otherMinimum ?? DBNull.Value);
            await factory.Database.ExecuteAsync("DELETE FROM credit.integrity_score_history WHERE subject_id = $1 AND recorded_on = $2 AND score = 123", subject, Today.AddDays(-1));
        }
    }

    [Fact]
    public async Task Escalations_and_the_credit_offices_own_alerts_are_mailed_by_the_users_choice()
    {
        // The reviewer chooses immediate mail: his inboxes include his department's reviewers (r:).
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var reviewerMail = $"rev{Unique.Digits(6)}@example.org";
        await SaveMailAsync(reviewer, "Immediate", reviewerMail);
        Assert.Contains("r:HZ-SJJ", await factory.Database.ScalarAsync<string[]>("SELECT inbox_owners FROM credit.monitoring_mail_preferences WHERE user_name = 'scjg.reviewer'"));

        // scjg.staff's personal serious alert, long unacknowledged, is escalated to the reviewers and mailed to him at once.
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var listId = await CreateListAsync(staff, "升级邮件" + Unique.Digits(6));
        var (subjectId, _, name) = await CompanyAsync("330502");
        var old = new DateTime(2020, 6, 1, 2, 0, 0, DateTimeKind.Utc);
        var alertId = await factory.Database.ScalarAsync<long>(
            "INSERT INTO credit.monitoring_alerts (owner, watch_list_id, subject_id, subject_name, subject_code, is_person, district_code, trigger, fact_key, title, serious, link, "
            + "occurred_at, created_at, subject_count) VALUES ('u:scjg.staff', $1, $2, $3, '', false, '330502', 1, $4, '新增失信记录：升级邮件测试', true, 4, $5, $5, 1) RETURNING id",
            listId, subjectId, name, "t" + Unique.Digits(9), old);
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AlertEscalation>().EscalateAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        }

        Assert.Equal("r:HZ-SJJ", await factory.Database.ScalarAsync<string>("SELECT escalated_to FROM credit.monitoring_alerts WHERE id = $1", alertId));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.mail_outbox WHERE to_address = $1 AND subject LIKE '%已升级%' AND body LIKE '%' || $2 || '%'", reviewerMail, name));

        // A digest user of the reviewers' inbox finds the escalation in his next digest.
        var digestMail = $"dig{Unique.Digits(6)}@example.org";
        await SaveMailAsync(reviewer, "DailyDigest", digestMail);
        await factory.Database.ExecuteAsync("UPDATE credit.monitoring_mail_preferences SET last_digest_at = now() - interval '1 hour' WHERE user_name = 'scjg.reviewer'");
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DailyDigestJob>().RunAsync(CancellationToken.None);
        }

        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.mail_outbox WHERE to_address = $1 AND subject LIKE '%每日汇总%' AND body LIKE '%' || $2 || '%'", digestMail, name));

        // The city credit office's own alert (逾期未报送) reaches a credit office user who chose immediate mail.
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var officeMail = $"xyb{Unique.Digits(6)}@example.org";
        await SaveMailAsync(office, "Immediate", officeMail);
        var item = "T" + Unique.Digits(6);
        await PublishTwiceAsync(new ProviderOverdue("HZ-SJJ", item, "测试目录项" + item, 5, DeliveryPeriodUnit.WorkingDays, Today.AddDays(-20), Today.AddDays(-10), Today));
        await Eventually.WaitAsync(
            async () => await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.mail_outbox WHERE to_address = $1 AND body LIKE '%' || $2 || '%'", officeMail, item) == 1,
            TimeSpan.FromSeconds(60),
            () => Task.FromResult("no mail to the credit office"),
            TimeSpan.FromMilliseconds(500));
    }

    private static async Task SaveMailAsync(HttpClient client, string mode, string email)
    {
        var settings = await HtmlPages.GetAsync(client, "/monitoring/settings");
        using var saved = await HtmlPages.PostFormAsync(client, settings, "#mail-settings", new() { ["mode"] = mode, ["email"] = email });
        Assert.Null((await Flashes.FollowAsync(client, saved)).Error);
    }

    private async Task PublishTwiceAsync<TEvent>(TEvent message)
        where TEvent : IIntegrationEvent
    {
        await using (var connection = await factory.Database.OpenConnectionAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await Outbox.WriteAsync(connection, transaction, [message, message], CancellationToken.None);
            await transaction.CommitAsync();
        }

        await factory.SettleEventsAsync();
    }

    private async Task<long> AlertCountAsync(string owner, long subjectId, short trigger) =>
        await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_alerts WHERE owner = $1 AND subject_id = $2 AND trigger = $3", owner, subjectId, trigger);

    private static async Task FollowAsync(HttpClient client, long subjectId)
    {
        var page = await HtmlPages.GetAsync(client, $"/subjects/{subjectId}");
        using var followed = await HtmlPages.PostFormAsync(client, page, "#follow-form", []);
        Assert.Contains("已加入关注名单", (await Flashes.FollowAsync(client, followed)).Success, StringComparison.Ordinal);
    }

    private static async Task<long> CreateListAsync(HttpClient client, string name)
    {
        var page = await HtmlPages.GetAsync(client, "/monitoring");
        using var created = await HtmlPages.PostFormAsync(client, page, "#create-list", new() { ["name"] = name });
        return long.Parse(HtmlPages.Location(created).Split('?')[0].Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private static IncomingCreditRecord Penalty(int row, string uscc, string name, string reference, DateOnly minimumEnd) =>
        new(row, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, reference, Today.AddDays(-100),
            new PublicityPeriod(Today.AddDays(-100), Today.AddYears(3), minimumEnd, PenaltyClass.General, "2025", true), "[\"x\"]");

    private async Task<(long Id, string Uscc, string Name)> CompanyAsync(string district)
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc(district);
        var name = $"湖州{Unique.ChineseFragment()}科技有限公司";
        var id = await SubjectForms.CreateOrganisationAsync(office, name, uscc, district);
        return (id, uscc, name);
    }
}
