using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Huzhou.Credit.Monitoring.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Monitoring;

/// <summary>
/// Webhooks end to end against a real receiver (Kestrel on 127.0.0.1, allowed for the tests; every other internal
/// address stays refused): a department reviewer registers one on a shared list, another department's serious penalty
/// queues a delivery in the alert's own transaction, a worker that claims it and dies does not lose it, the next worker
/// sends it signed; retries with the back-off schedule under a clock the test moves, the same delivery id on every
/// attempt, 重新发送 of a failed one; 410 stops the webhook; a redirect is not followed; internal addresses are refused
/// at registration and at connect time; another department does not see it.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class WebhookTests(CreditAppFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task An_alert_of_a_subscribed_list_is_queued_with_it_survives_a_dying_worker_and_arrives_signed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subjectId, uscc, name) = await CompanyAsync("330502");
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var listId = await CreateListAsync(reviewer, "执法系统推送" + Unique.Digits(6));
        var listPage = await HtmlPages.GetAsync(reviewer, $"/monitoring/lists/{listId}");
        using (var added = await HtmlPages.PostFormAsync(reviewer, listPage, "#add-codes", new() { ["codes"] = uscc }))
        {
            Assert.Contains("已加入 1 个主体", (await Flashes.FollowAsync(reviewer, added)).Success, StringComparison.Ordinal);
        }

        var (webhookId, secret) = await CreateWebhookAsync(reviewer, "执法办案系统", receiver.BaseUrl + "/hook", "l:" + listId);
        try
        {
            Assert.True(await factory.Database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM credit.audit_log WHERE action = 'monitoring.webhook.create' AND user_name = 'scjg.reviewer' AND detail LIKE '%执法办案系统%')"));
            Assert.DoesNotContain(secret, await factory.Database.ScalarAsync<string>("SELECT protected_secret FROM credit.monitoring_webhook_subscriptions WHERE id = $1", webhookId), StringComparison.Ordinal);

            var reference = $"湖建罚〔2026〕{Unique.Digits(5)}号";
            await Deliveries.DeliverAsync(factory, [Penalty(uscc, name, reference)], "HZ-JSJ");
            var alertId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.monitoring_alerts WHERE owner = 'd:HZ-SJJ' AND subject_id = $1 AND trigger = 1", subjectId);

            // Queued in the alert's transaction: the row is there before any worker ran.
            var deliveryId = await factory.Database.ScalarAsync<long>(
                "SELECT id FROM credit.monitoring_webhook_deliveries WHERE subscription_id = $1 AND alert_id = $2 AND status = 0 AND event = 'alert.created'", webhookId, alertId);
            Assert.Empty(receiver.Requests);

            // A worker claims it and dies before sending: the row survives; no other worker takes it while the lease runs…
            var clock = new TestClock(DateTimeOffset.UtcNow);
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var claims = await Dispatcher(scope, clock).ClaimAsync(CancellationToken.None);
                Assert.Contains(claims, c => c.DeliveryId == deliveryId);
            }

            await RunAsync(clock);
            Assert.Empty(receiver.On("/hook"));

            // …and the next one after the lease sends it.
            clock.Advance(TimeSpan.FromSeconds(61));
            await RunAsync(clock);
            var hit = Assert.Single(receiver.On("/hook"));
            Assert.Equal("alert.created", hit.Headers["X-Credit-Event"]);
            Assert.Equal(deliveryId.ToString(CultureInfo.InvariantCulture), hit.Headers["X-Credit-Delivery"]);
            Assert.Equal(clock.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), hit.Headers["X-Credit-Timestamp"]);
            Assert.StartsWith("application/json", hit.Headers["Content-Type"], StringComparison.Ordinal);

            // The signature, computed here as a receiver would from the documented recipe.
            var signed = Encoding.UTF8.GetBytes(hit.Headers["X-Credit-Timestamp"] + ".").Concat(hit.Body).ToArray();
            Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed)), hit.Headers["X-Credit-Signature"]);
            Assert.True(WebhookSigner.Verify(secret, hit.Headers["X-Credit-Timestamp"], hit.Headers["X-Credit-Signature"], hit.Body, clock.Now));
            Assert.False(WebhookSigner.Verify(secret, hit.Headers["X-Credit-Timestamp"], hit.Headers["X-Credit-Signature"], [.. hit.Body, (byte)' '], clock.Now));

            using var json = JsonDocument.Parse(hit.Body);
            var alert = json.RootElement.GetProperty("alert");
            Assert.Equal("alert.created", json.RootElement.GetProperty("event").GetString());
            Assert.Equal(deliveryId, json.RootElement.GetProperty("deliveryId").GetInt64());
            Assert.Equal(alertId, alert.GetProperty("id").GetInt64());
            Assert.Equal("NewBadRecord", alert.GetProperty("trigger").GetString());
            Assert.Equal(1, alert.GetProperty("triggerCode").GetInt32());
            Assert.True(alert.GetProperty("serious").GetBoolean());
            Assert.Equal("organisation", alert.GetProperty("subject").GetProperty("kind").GetString());
            Assert.Equal(uscc, alert.GetProperty("subject").GetProperty("code").GetString());
            Assert.Equal(name, alert.GetProperty("subject").GetProperty("name").GetString());
            var recordId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.credit_records WHERE subject_id = $1 AND source_key = $2", subjectId, reference);
            Assert.Equal($"/subjects/{subjectId}/records/{recordId}", alert.GetProperty("link").GetString());

            Assert.Equal((short)1, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.monitoring_webhook_deliveries WHERE id = $1", deliveryId));
            var log = await HtmlPages.GetAsync(reviewer, $"/monitoring/webhooks/{webhookId}");
            var row = log.QuerySelector($"#delivery-{deliveryId}")!;
            Assert.Contains("已送达", row.TextContent, StringComparison.Ordinal);
            Assert.Contains(" 200 ", row.QuerySelector(".attempts")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, log.DocumentElement.OuterHtml, StringComparison.Ordinal);

            // Another department's credit office does not see it; department staff are not let in.
            using var changxing = await SignedInClient.CreateAsync(factory, "changxing.xyb");
            using (var elsewhere = await changxing.GetAsync($"/monitoring/webhooks/{webhookId}"))
            {
                Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
            }

            Assert.DoesNotContain("执法办案系统", (await HtmlPages.GetAsync(changxing, "/monitoring/webhooks")).QuerySelector("#webhooks")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            await StopAsync(webhookId);
        }
    }

    [Fact]
    public async Task Failures_are_retried_on_the_back_off_schedule_with_one_delivery_id_then_fail_and_can_be_sent_again()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var (webhookId, _) = await CreateWebhookAsync(reviewer, "重试测试" + Unique.Digits(4), receiver.BaseUrl + "/hook", "d:HZ-SJJ");
        try
        {
            for (var i = 0; i < 6; i++)
            {
                receiver.Answers.Enqueue(500);
            }

            var deliveryId = await SendTestAsync(reviewer, webhookId);
            var clock = new TestClock(DateTimeOffset.UtcNow);
            int[] waits = [1, 5, 30, 120, 720];
            for (var attempt = 1; attempt <= 6; attempt++)
            {
                await RunAsync(clock);
                Assert.Equal(attempt, receiver.On("/hook").Count);
                if (attempt == 6)
                {
                    break;
                }

                var next = await factory.Database.ScalarAsync<DateTime>("SELECT next_attempt_at FROM credit.monitoring_webhook_deliveries WHERE id = $1 AND status = 0", deliveryId);
                Assert.InRange((new DateTimeOffset(next, TimeSpan.Zero) - clock.Now.AddMinutes(waits[attempt - 1])).Duration(), TimeSpan.Zero, TimeSpan.FromMilliseconds(1));

                // Not a second early.
                clock.Now = new DateTimeOffset(next, TimeSpan.Zero).AddSeconds(-1);
                await RunAsync(clock);
                Assert.Equal(attempt, receiver.On("/hook").Count);
                clock.Now = new DateTimeOffset(next, TimeSpan.Zero);
            }

            Assert.Equal((short)2, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.monitoring_webhook_deliveries WHERE id = $1", deliveryId));
            Assert.Equal(6L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_webhook_attempts WHERE delivery_id = $1 AND status_code = 500 AND NOT succeeded", deliveryId));
            Assert.True(await factory.Database.ScalarAsync<bool>("SELECT bool_and(length(excerpt) <= 201) FROM credit.monitoring_webhook_attempts WHERE delivery_id = $1", deliveryId));

            // 重新发送 (same delivery id, the schedule from the start); this time the receiver answers 200.
            var log = await HtmlPages.GetAsync(reviewer, $"/monitoring/webhooks/{webhookId}");
            Assert.Contains("发送失败", log.QuerySelector($"#delivery-{deliveryId} .delivery-status")!.TextContent, StringComparison.Ordinal);
            using (var resent = await HtmlPages.PostFormAsync(reviewer, log, $"#delivery-{deliveryId} .resend-form", []))
            {
                Assert.Contains("已重新加入发送队列", (await Flashes.FollowAsync(reviewer, resent)).Success, StringComparison.Ordinal);
            }

            clock.Advance(TimeSpan.FromMinutes(10));
            await RunAsync(clock);
            var requests = receiver.On("/hook");
            Assert.Equal(7, requests.Count);
            Assert.All(requests, r => Assert.Equal(deliveryId.ToString(CultureInfo.InvariantCulture), r.Headers["X-Credit-Delivery"]));
            Assert.All(requests, r => Assert.Equal(requests[0].Body, r.Body));
            Assert.Equal(requests.Count, requests.Select(r => r.Headers["X-Credit-Timestamp"]).Distinct().Count());
            Assert.Equal((short)1, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.monitoring_webhook_deliveries WHERE id = $1", deliveryId));
            Assert.True(await factory.Database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM credit.audit_log WHERE action = 'monitoring.webhook.resend' AND user_name = 'scjg.reviewer')"));
        }
        finally
        {
            await StopAsync(webhookId);
        }
    }

    [Fact]
    public async Task A_500_is_retried_a_minute_later_and_then_delivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var (webhookId, _) = await CreateWebhookAsync(reviewer, "重试成功" + Unique.Digits(4), receiver.BaseUrl + "/hook", "d:HZ-SJJ");
        try
        {
            receiver.Answers.Enqueue(500);
            var deliveryId = await SendTestAsync(reviewer, webhookId);
            var clock = new TestClock(DateTimeOffset.UtcNow);
            await RunAsync(clock);
            Assert.Equal((short)0, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.monitoring_webhook_deliveries WHERE id = $1", deliveryId));
            clock.Advance(TimeSpan.FromMinutes(1));
            await RunAsync(clock);
            Assert.Equal((short)1, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.monitoring_webhook_deliveries WHERE id = $1", deliveryId));
            Assert.Equal("500,200", await factory.Database.ScalarAsync<string>("SELECT string_agg(status_code::text, ',' ORDER BY id) FROM credit.monitoring_webhook_attempts WHERE delivery_id = $1", deliveryId));
            var requests = receiver.On("/hook");
            Assert.Equal(2, requests.Count);
            Assert.Equal("ping", requests[1].Headers["X-Credit-Event"]);
            Assert.Equal(requests[0].Headers["X-Credit-Delivery"], requests[1].Headers["X-Credit-Delivery"]);
        }
        finally
        {
            await StopAsync(webhookId);
        }
    }

    [Fact]
    public async Task A_410_stops_the_webhook_and_later_alerts_are_not_queued_for_it()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var (webhookId, _) = await CreateWebhookAsync(reviewer, "已下线系统" + Unique.Digits(4), receiver.BaseUrl + "/hook", "d:HZ-SJJ");
        try
        {
            // Active, it takes the department's alerts (those of any shared list and 逾期未报送).
            await InsertAlertAsync("d:HZ-SJJ");
            Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_webhook_deliveries WHERE subscription_id = $1 AND alert_id IS NOT NULL", webhookId));
            await factory.Database.ExecuteAsync("UPDATE credit.monitoring_webhook_deliveries SET status = 1 WHERE subscription_id = $1", webhookId);

            receiver.Answers.Enqueue(410);
            var deliveryId = await SendTestAsync(reviewer, webhookId);
            await RunAsync(new TestClock(DateTimeOffset.UtcNow));
            Assert.Single(receiver.On("/hook"));
            Assert.False(await factory.Database.ScalarAsync<bool>("SELECT active FROM credit.monitoring_webhook_subscriptions WHERE id = $1", webhookId));
            Assert.Equal((short)2, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.monitoring_webhook_deliveries WHERE id = $1", deliveryId));
            var page = await HtmlPages.GetAsync(reviewer, $"/monitoring/webhooks/{webhookId}");
            Assert.Contains("410", page.QuerySelector("#disabled-reason")!.TextContent, StringComparison.Ordinal);

            await InsertAlertAsync("d:HZ-SJJ");
            Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_webhook_deliveries WHERE subscription_id = $1 AND alert_id IS NOT NULL", webhookId));
            using (var refused = await HtmlPages.PostFormAsync(reviewer, page, "#test-form", []))
            {
                Assert.Contains("已停用", (await Flashes.FollowAsync(reviewer, refused)).Error, StringComparison.Ordinal);
            }
        }
        finally
        {
            await StopAsync(webhookId);
        }
    }

    [Fact]
    public async Task A_redirect_is_not_followed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var (webhookId, _) = await CreateWebhookAsync(reviewer, "重定向" + Unique.Digits(4), receiver.BaseUrl + "/redirect", "d:HZ-SJJ");
        try
        {
            var deliveryId = await SendTestAsync(reviewer, webhookId);
            await RunAsync(new TestClock(DateTimeOffset.UtcNow));
            Assert.Single(receiver.On("/redirect"));
            Assert.Empty(receiver.On("/landing"));
            Assert.Contains("不跟随重定向", await factory.Database.ScalarAsync<string>("SELECT excerpt FROM credit.monitoring_webhook_attempts WHERE delivery_id = $1 AND status_code = 302", deliveryId), StringComparison.Ordinal);
            Assert.Equal((short)0, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.monitoring_webhook_deliveries WHERE id = $1", deliveryId));
        }
        finally
        {
            await StopAsync(webhookId);
        }
    }

    [Fact]
    public async Task Internal_addresses_are_refused_at_registration_and_when_connecting()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var page = await HtmlPages.GetAsync(office, "/monitoring/webhooks");
        foreach (var (url, message) in new[]
        {
            ("http://10.20.30.40/hook", "内网、本机或保留地址"),
            ("http://169.254.169.254/latest/meta-data", "内网、本机或保留地址"),
            ("http://127.0.0.2:8080/hook", "内网、本机或保留地址"),
            ("http://[::1]:8080/hook", "内网、本机或保留地址"),
            ("ftp://hooks.example.org/hook", "只能使用 https 或 http"),
        })
        {
            using var refused = await HtmlPages.PostFormAsync(office, page, "#create-webhook", new() { ["name"] = "内网探测", ["url"] = url, ["target"] = "c:330500" });
            Assert.Contains(message, (await Flashes.FollowAsync(office, refused)).Error, StringComparison.Ordinal);
        }

        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.monitoring_webhook_subscriptions WHERE name = '内网探测'"));

        // A webhook whose address was accepted but now leads inside (e.g. DNS changed): refused when the socket connects.
        string protectedSecret;
        using (var scope = factory.Services.CreateScope())
        {
            protectedSecret = scope.ServiceProvider.GetRequiredService<WebhookSecrets>().Protect(WebhookSecrets.Generate());
        }

        var webhookId = await factory.Database.ScalarAsync<long>(
            "INSERT INTO credit.monitoring_webhook_subscriptions (name, owner, url, protected_secret, secret_hint, triggers, active, created_by, created_at, updated_at) "
            + "VALUES ('内网连接', 'c:330500', 'http://127.0.0.2:9/hook', $1, '…test', '{}', true, 'xinyongban', now(), now()) RETURNING id", protectedSecret);
        try
        {
            var deliveryId = await factory.Database.ScalarAsync<long>(
                "INSERT INTO credit.monitoring_webhook_deliveries (subscription_id, event, status, attempts, next_attempt_at, created_at) VALUES ($1, 'ping', 0, 0, now(), now()) RETURNING id", webhookId);
            await RunAsync(new TestClock(DateTimeOffset.UtcNow.AddSeconds(1)));
            Assert.Contains("已拒绝连接", await factory.Database.ScalarAsync<string>("SELECT excerpt FROM credit.monitoring_webhook_attempts WHERE delivery_id = $1 AND status_code IS NULL", deliveryId), StringComparison.Ordinal);
        }
        finally
        {
            await StopAsync(webhookId);
        }
    }

    [Fact]
    public async Task The_demo_reviewer_sees_the_demo_webhook_and_its_delivery_log()
    {
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var index = await HtmlPages.GetAsync(reviewer, "/monitoring/webhooks");
        var link = index.QuerySelectorAll("#webhooks a").FirstOrDefault(a => a.TextContent.Contains("执法办案系统（演示）", StringComparison.Ordinal));
        Assert.NotNull(link);
        var log = await HtmlPages.GetAsync(reviewer, link.GetAttribute("href")!);
        Assert.Contains("已送达", log.QuerySelector("#deliveries")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(log.QuerySelector("#deliveries .resend-form"));
    }

    private static WebhookDispatcher Dispatcher(AsyncServiceScope scope, TimeProvider clock) =>
        ActivatorUtilities.CreateInstance<WebhookDispatcher>(scope.ServiceProvider, clock);

    private async Task RunAsync(TestClock clock)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await Dispatcher(scope, clock).RunOnceAsync(CancellationToken.None);
    }

    private async Task StopAsync(long webhookId) =>
        await factory.Database.ExecuteAsync("UPDATE credit.monitoring_webhook_subscriptions SET active = false WHERE id = $1", webhookId);

    private static async Task<(long Id, string Secret)> CreateWebhookAsync(HttpClient client, string name, string url, string target)
    {
        var page = await HtmlPages.GetAsync(client, "/monitoring/webhooks");
        using var created = await HtmlPages.PostFormAsync(client, page, "#create-webhook", new() { ["name"] = name, ["url"] = url, ["target"] = target });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var shown = await HtmlPages.ParseAsync(created);
        var secret = shown.QuerySelector("#webhook-secret-value")?.TextContent.Trim()
            ?? throw new InvalidOperationException("No secret shown: " + HtmlPages.Describe(shown.DocumentElement.OuterHtml));
        var id = long.Parse(shown.QuerySelector("#created-webhook")!.GetAttribute("href")!.Split('/')[^1], CultureInfo.InvariantCulture);
        return (id, secret);
    }

    private async Task<long> SendTestAsync(HttpClient client, long webhookId)
    {
        var page = await HtmlPages.GetAsync(client, $"/monitoring/webhooks/{webhookId}");
        using (var sent = await HtmlPages.PostFormAsync(client, page, "#test-form", []))
        {
            Assert.Contains("测试事件", (await Flashes.FollowAsync(client, sent)).Success, StringComparison.Ordinal);
        }

        return await factory.Database.ScalarAsync<long>("SELECT max(id) FROM credit.monitoring_webhook_deliveries WHERE subscription_id = $1 AND event = 'ping'", webhookId);
    }

    private Task<long> InsertAlertAsync(string owner) =>
        factory.Database.ScalarAsync<long>(
            "INSERT INTO credit.monitoring_alerts (owner, watch_list_id, subject_id, subject_name, subject_code, is_person, district_code, trigger, fact_key, title, serious, link, "
            + "occurred_at, created_at, subject_count) VALUES ($1, 0, 0, '湖州市市场监督管理局', 'HZ-SJJ', false, '330500', 11, $2, '逾期未报送：测试', false, 5, now(), now(), 1) RETURNING id",
            owner, "w" + Unique.Digits(9));

    private static async Task<long> CreateListAsync(HttpClient client, string name)
    {
        var page = await HtmlPages.GetAsync(client, "/monitoring");
        using var created = await HtmlPages.PostFormAsync(client, page, "#create-list", new() { ["name"] = name, ["shared"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return long.Parse(HtmlPages.Location(created).Split('?')[0].Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private static IncomingCreditRecord Penalty(string uscc, string name, string reference) =>
        new(1, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, reference, Today.AddDays(-5),
            new PublicityPeriod(Today.AddDays(-5), Today.AddYears(3), Today.AddYears(1), PenaltyClass.Serious, "2025", true), "[\"x\"]");

    private async Task<(long Id, string Uscc, string Name)> CompanyAsync(string district)
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc(district);
        var name = $"湖州{Unique.ChineseFragment()}网络有限公司";
        var id = await SubjectForms.CreateOrganisationAsync(office, name, uscc, district);
        return (id, uscc, name);
    }
}
