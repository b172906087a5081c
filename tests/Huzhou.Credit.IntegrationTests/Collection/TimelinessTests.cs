using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Collection;

/// <summary>及时率 counts working days on the platform's calendar (issue #26 §4), not calendar days.</summary>
[Collection(CreditCollection.Name)]
public sealed class TimelinessTests(CreditAppFactory factory)
{
    [Fact]
    public async Task A_record_decided_before_the_national_day_holidays_and_delivered_eight_days_later_is_timely_on_the_seeded_calendar()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<IWorkingDays>().CalendarAsync();
        var decided = new DateOnly(2026, 9, 30);

        // Delivered 2026-10-08: 8 calendar days (late under the old rule), 1 working day (国庆节 10-01..10-07).
        var eightDaysLater = new DeliveryTimeliness(calendar, new DateOnly(2026, 10, 8), 7);
        Assert.Equal(1, eightDaysLater.DelayOf(decided));
        Assert.True(eightDaysLater.IsTimely(decided));

        // Delivered 2026-10-16: the 8th working day (the 调休 Saturday 10-10 counts) — late.
        var late = new DeliveryTimeliness(calendar, new DateOnly(2026, 10, 16), 7);
        Assert.Equal(8, late.DelayOf(decided));
        Assert.False(late.IsTimely(decided));
    }

    [Fact]
    public async Task A_batch_counts_rows_delivered_within_seven_working_days_as_timely_and_sums_working_days()
    {
        WorkingDayCalendar calendar;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            calendar = await scope.ServiceProvider.GetRequiredService<IWorkingDays>().CalendarAsync();
        }

        var today = ShanghaiTime.Today(TimeProvider.System);
        var eighth = today;
        while (calendar.WorkingDaysBetween(eighth, today) < 8)
        {
            eighth = eighth.AddDays(-1);
        }

        var seventh = eighth.AddDays(1);
        Assert.Equal(7, calendar.WorkingDaysBetween(seventh, today));
        Assert.True(today.DayNumber - seventh.DayNumber > 7); // late if calendar days were counted

        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var key = await ApiKeys.IssueAsync(admin, "及时率测试系统-" + Unique.Digits(4), "collection:write", 100, "湖州市市场监督管理局");
        var file = new PenaltyFile();
        file.AddEnterprise(Unique.Uscc(), "湖州" + file.Marker + "及时有限公司", seventh.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        file.AddEnterprise(Unique.Uscc(), "湖州" + file.Marker + "迟报有限公司", eighth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var body = file.Rows.Select(r => PenaltyFile.Headers.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        using var client = SignedInClient.Anonymous(factory);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/collection/XZCF/records") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", key);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("inserted").GetInt32());
        var batchId = result.GetProperty("batchId").GetInt64();
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT timely FROM credit.collection_batches WHERE id = $1", batchId));
        Assert.Equal(15L, await factory.Database.ScalarAsync<long>("SELECT delay_days_total FROM credit.collection_batches WHERE id = $1", batchId));
    }
}
