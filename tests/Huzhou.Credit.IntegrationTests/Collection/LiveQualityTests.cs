using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Collection;

/// <summary>
/// Live data quality (issue #27 §4): the statistics row is written when a batch completes, older history stays out of
/// the timeliness figures, overdue providers by the working-day calendar, the overdue event once per lapse, scorecards
/// scoped to the department.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class LiveQualityTests(CreditAppFactory factory)
{

    [Fact]
    public async Task A_completed_batch_updates_the_rates_at_once_and_keeps_older_history_out_of_the_average_delay()
    {
        var today = ShanghaiTime.Today(TimeProvider.System);
        async Task<long> Sum(string column) => await factory.Database.ScalarAsync<long>(
            "SELECT coalesce(sum(" + column + "), 0) FROM credit.collection_daily_statistics WHERE day = $1 AND department_code = 'HZ-YBJ' AND item_code = 'XZCF'", today);
        var before = (Batches: await Sum("batches"), Received: await Sum("received"), Accepted: await Sum("accepted"), Rejected: await Sum("rejected"),
            Timely: await Sum("timely"), History: await Sum("history_rows"), Delay: await Sum("delay_days_total"));

        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var key = await ApiKeys.IssueAsync(admin, "医保处罚系统-" + Unique.Digits(4), "collection:write", 100, "湖州市医疗保障局");
        var file = new PenaltyFile();
        var iso = (DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        file.AddEnterprise(Unique.Uscc(), "湖州" + file.Marker + "当日有限公司", iso(today));
        // Decided two years ago: older history, delivered now on purpose — counted apart, never in the average delay.
        file.AddEnterprise(Unique.Uscc(), "湖州" + file.Marker + "旧案有限公司", iso(today.AddYears(-2)));
        file.AddEnterprise(Unique.Uscc()[..17], "湖州" + file.Marker + "短码有限公司", iso(today));
        var body = file.Rows.Select(r => PenaltyFile.Headers.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        using var client = SignedInClient.Anonymous(factory);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/collection/XZCF/records") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", key);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var batchId = result.GetProperty("batchId").GetInt64();
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT history_rows FROM credit.collection_batches WHERE id = $1", batchId));
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT delay_days_total FROM credit.collection_batches WHERE id = $1", batchId));
        // No nightly job ran: the row of today, the department and the item already counts the batch.
        Assert.Equal(before.Batches + 1, await Sum("batches"));
        Assert.Equal(before.Received + 3, await Sum("received"));
        Assert.Equal(before.Accepted + 2, await Sum("accepted"));
        Assert.Equal(before.Rejected + 1, await Sum("rejected"));
        Assert.Equal(before.Timely + 1, await Sum("timely"));
        Assert.Equal(before.History + 1, await Sum("history_rows"));
        Assert.Equal(before.Delay, await Sum("delay_days_total"));

        // The nightly rebuild (the reconciliation) reaches the same row.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CollectionStatistics>().RebuildAsync(CancellationToken.None);
        }

        Assert.Equal(before.Batches + 1, await Sum("batches"));
        Assert.Equal(before.History + 1, await Sum("history_rows"));

        // The credit office sees it on the department's scorecard: the two-year-old decision is not a 700-day delay.
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var card = await HtmlPages.GetAsync(office, "/collection/scorecard/HZ-YBJ");
        var delay = double.Parse(card.QuerySelector("#average-delay")!.TextContent.Trim(), CultureInfo.InvariantCulture);
        Assert.True(delay < 30, $"average delay {delay}");
        Assert.Contains("历史数据另计", card.QuerySelector("#rates")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_decided_more_than_a_year_before_its_delivery_is_older_history()
    {
        var timeliness = new DeliveryTimeliness(new WorkingDayCalendar([], []), new DateOnly(2026, 12, 7), 7);
        Assert.False(timeliness.IsHistory(new DateOnly(2025, 12, 7)));
        Assert.True(timeliness.IsHistory(new DateOnly(2025, 12, 6)));
    }

    [Fact]
    public async Task The_due_day_counts_working_days_on_the_platform_calendar()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<IWorkingDays>().CalendarAsync();

        // Delivered on 2026-09-30: 国庆节 10-01..07 off, the 调休 Saturday 10-10 worked → the 7th working day is 10-15.
        Assert.Equal(new DateOnly(2026, 10, 15), OverdueProviders.DueAfter(new DateOnly(2026, 9, 30), new DeliveryPeriod(7, DeliveryPeriodUnit.WorkingDays), calendar));
        Assert.Equal(new DateOnly(2026, 12, 30), OverdueProviders.DueAfter(new DateOnly(2026, 9, 30), new DeliveryPeriod(3, DeliveryPeriodUnit.Months), calendar));
    }

    [Fact]
    public async Task A_provider_past_its_period_is_overdue_and_told_once_per_lapse()
    {
        var today = ShanghaiTime.Today(TimeProvider.System);
        await factory.Database.ExecuteAsync("DELETE FROM credit.collection_daily_statistics WHERE department_code = 'HZ-XF'");
        await factory.Database.ExecuteAsync("DELETE FROM credit.collection_overdue_notices WHERE department_code = 'HZ-XF'");
        await factory.Database.ExecuteAsync(
            "INSERT INTO credit.collection_daily_statistics (day, department_code, item_code, batches, received, accepted, rejected, timely, delay_days_total, history_rows) VALUES ($1, 'HZ-XF', 'XZCF', 1, 5, 5, 0, 5, 5, 0)",
            today.AddDays(-30));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var overdue = scope.ServiceProvider.GetRequiredService<OverdueProviders>();
            var calendar = await scope.ServiceProvider.GetRequiredService<IWorkingDays>().CalendarAsync();
            var due = Assert.Single(await overdue.ListAsync(["HZ-XF"], CancellationToken.None), p => p.ItemCode == "XZCF");
            Assert.True(due.IsOverdue);
            Assert.Equal(today.AddDays(-30), due.LastDeliveredOn);
            Assert.Equal(calendar.AddWorkingDays(today.AddDays(-30), 7), due.DueOn);

            await overdue.NotifyAsync(CancellationToken.None);
            await overdue.NotifyAsync(CancellationToken.None);
        }

        const string Events = "SELECT count(*) FROM credit.outbox_messages WHERE event_type = 'collection.provider-overdue' AND payload->>'departmentCode' = 'HZ-XF' AND payload->>'itemCode' = 'XZCF'";
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(Events));

        // A delivery two days ago: within 7 working days, no longer overdue, nothing new told.
        await factory.Database.ExecuteAsync(
            "INSERT INTO credit.collection_daily_statistics (day, department_code, item_code, batches, received, accepted, rejected, timely, delay_days_total, history_rows) VALUES ($1, 'HZ-XF', 'XZCF', 1, 3, 3, 0, 3, 3, 0)",
            today.AddDays(-2));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var overdue = scope.ServiceProvider.GetRequiredService<OverdueProviders>();
            Assert.False(Assert.Single(await overdue.ListAsync(["HZ-XF"], CancellationToken.None), p => p.ItemCode == "XZCF").IsOverdue);
            await overdue.NotifyAsync(CancellationToken.None);
        }

        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(Events));

        // The credit office's overdue list, and the department's workbench item, come from the same reading.
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var list = await HtmlPages.GetAsync(office, "/collection/overdue");
        Assert.NotNull(list.QuerySelector("#overdue tr[data-department='HZ-YJJ'][data-item='XZCF']"));
        Assert.Null(list.QuerySelector("#overdue tr[data-department='HZ-XF'][data-item='XZCF']"));
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var workbench = await HtmlPages.GetAsync(staff, "/staff");
        var card = workbench.QuerySelector("#todo-collection-overdue");
        Assert.NotNull(card);
        Assert.Equal("Overdue", card.GetAttribute("data-urgency"));
        Assert.Equal("/collection/scorecard", card.GetAttribute("href"));
        Assert.Contains("个目录项逾期未报送", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_department_sees_its_own_scorecard_only_and_the_credit_office_sees_all_ranked()
    {
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var own = await HtmlPages.GetAsync(staff, "/collection/scorecard");
        Assert.Contains("湖州市市场监督管理局", own.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(own.QuerySelector("#trend tr[data-month]"));
        Assert.NotNull(own.QuerySelector("#worst-items tr[data-item='XZCF']"));
        Assert.NotEmpty(own.QuerySelectorAll("#rejection-reasons tbody tr"));
        await HtmlPages.GetAsync(staff, "/collection/scorecard/HZ-SJJ");
        await HtmlPages.GetAsync(staff, "/collection/scorecard/HZ-STHJJ", HttpStatusCode.NotFound);

        using var district = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        await HtmlPages.GetAsync(district, "/collection/scorecard/HZ-SJJ", HttpStatusCode.NotFound);
        using var districtOffice = await SignedInClient.CreateAsync(factory, "changxing.xyb");
        await HtmlPages.GetAsync(districtOffice, "/collection/scorecard/HZ-SJJ", HttpStatusCode.NotFound);

        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var ranking = await HtmlPages.GetAsync(office, "/collection/statistics");
        var departments = ranking.QuerySelectorAll("#quality tbody tr").Select(r => r.GetAttribute("data-department")).ToList();
        Assert.Contains("HZ-SJJ", departments);
        Assert.Contains("HZ-STHJJ", departments);
        await HtmlPages.GetAsync(office, "/collection/scorecard/HZ-STHJJ");
    }
}
