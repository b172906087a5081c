using System.Globalization;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.E2ETests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Monitoring;

/// <summary>
/// 信用监测 in the browser: a market regulation clerk follows a company from its registry page; the construction bureau
/// delivers a serious penalty about it; the unread count in the page header goes up; the clerk opens the alert, sees the
/// penalty and acknowledges it with a note.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class MonitoringFlowTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static int _batch = Random.Shared.Next(7_000_000, 8_000_000);

    [Fact]
    public Task A_clerk_follows_a_company_is_told_of_another_departments_serious_penalty_and_acknowledges_it() => InBrowserAsync(async page =>
    {
        var (subjectId, uscc, name) = await UnwatchedOrganisationAsync();
        await SignInAsync(page, DemoAccounts.MarketSupervisionStaff);
        await page.GotoAsync($"/subjects/{subjectId}");
        await page.Locator("#follow-form button").ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("已加入关注名单");

        await page.GotoAsync("/staff");
        var before = await page.Locator("#alert-count").CountAsync() == 0 ? 0 : int.Parse(await page.Locator("#alert-count").GetAttributeAsync("data-count") ?? "0", CultureInfo.InvariantCulture);

        // Another department (the construction bureau) delivers a serious penalty about the company.
        var penalty = $"湖建罚〔2026〕{Random.Shared.Next(10_000, 99_999)}号";
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var decided = today.AddDays(-2);
        var writer = Fixture.Services.GetRequiredService<ICreditRecordWriter>();
        await using (var batch = await writer.BeginAsync(Interlocked.Increment(ref _batch), "HZ-JSJ", "e2e-tests"))
        {
            await batch.AddAsync(new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, penalty, decided,
                new PublicityPeriod(decided, today.AddYears(3), today.AddYears(1), PenaltyClass.Serious, "2026", true),
                $"[\"{name}\",\"02\",\"{uscc}\",null,null,null,null,null,\"陆建华\",\"01\",null,null,null,\"{penalty}\",\"违法分包\",\"经查属实\",\"《建筑法》第六十七条\",\"罚款\",\"罚款二十万元\",\"20\",null,null,\"{decided:yyyy-MM-dd}\",\"{decided:yyyy-MM-dd}\",null,\"湖州市住房和城乡建设局\",\"11330500002546138B\",\"湖州市住房和城乡建设局\",\"11330500002546138B\",null,\"02\"]"));
            Assert.Equal(1, (await batch.CompleteAsync()).Inserted);
        }

        await Fixture.Services.GetRequiredService<Huzhou.Credit.SharedKernel.Events.OutboxDispatcher>().DrainAsync(TimeSpan.FromSeconds(30));

        await page.GotoAsync("/staff");
        // The badge shows "99+" beyond 99; its data-count carries the exact number.
        await Expect(page.Locator("#alert-count")).ToHaveAttributeAsync("data-count", (before + 1).ToString(CultureInfo.InvariantCulture));
        await page.Locator("#alert-badge").ClickAsync();
        var row = page.Locator("#alerts tr", new() { HasText = name });
        await Expect(row).ToContainTextAsync("严重");
        await row.Locator("a", new() { HasText = "新增失信记录" }).ClickAsync();
        await Expect(page.Locator("#alert-detail")).ToContainTextAsync(penalty);
        await page.Locator("#note").FillAsync("已通知住建部门核实，列入重点检查。");
        await page.Locator("#acknowledge-form button").ClickAsync();
        await Expect(page.Locator("#alert-state")).ToContainTextAsync("已确认");
        await Expect(page.Locator("#alert-state")).ToContainTextAsync("已通知住建部门核实");
        await Expect(page.Locator("#alert-count")).ToHaveCountAsync(before == 0 ? 0 : 1);
    });

    private async Task<(long Id, string Uscc, string Name)> UnwatchedOrganisationAsync()
    {
        await using var connection = await Fixture.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, uscc, name FROM credit.subjects s WHERE kind = 1 AND uscc LIKE '91%' AND NOT uscc_check_warning AND district_code = '330502' "
            + "AND NOT EXISTS (SELECT 1 FROM credit.monitoring_watch_items w WHERE w.subject_id = s.id) ORDER BY id DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
    }
}
