using System.Net;
using System.Net.Http.Json;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;

namespace Huzhou.Credit.IntegrationTests.Sanctions;

/// <summary>
/// Issue #24: the server killed (SIGKILL) under a check load. A check answers 200 only once its log row has committed
/// (the check log's group commit), so whatever the moment of the kill, every check a business system got a 200 for is in
/// the log; the checks in flight fail at the connection, never with a 200.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class CheckKillTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Every_check_answered_200_before_a_kill_9_is_in_the_log()
    {
        var uscc = Unique.Uscc("330502");
        using (var office = await SignedInClient.CreateAsync(factory, "xinyongban"))
        {
            await SubjectForms.CreateOrganisationAsync(office, $"湖州{Unique.ChineseFragment()}断电测试有限公司", uscc, "330502");
        }

        await factory.SettleEventsAsync();
        string key;
        using (var admin = await SignedInClient.CreateAsync(factory, "admin"))
        {
            key = await ApiKeys.IssueAsync(admin, "断电测试系统" + Unique.Digits(5), "checks:write", 100_000);
        }

        var run = Unique.Digits(6);
        var answered = new System.Collections.Concurrent.ConcurrentBag<string>();
        // The child process dispatches outbox events beside the test host while it lives: it gets the same mail settings,
        // or an event it happens to take would make its alerts without the e-mail another test waits for.
        await using var app = await AppProcess.StartAsync(factory.ConnectionString, new Dictionary<string, string>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = factory.Smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "none",
        });
        using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var stop = new CancellationTokenSource();
        var next = 0;

        // Eight clients check back to back; the server is killed once a few hundred checks have been answered.
        var clients = Enumerable.Range(0, 8).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                var reference = $"K-{run}-{Interlocked.Increment(ref next)}";
                try
                {
                    using var response = await http.PostAsJsonAsync("/api/v1/checks", new { code = uscc, matter = "SX-001", stage = "受理", reference });
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        answered.Add(reference);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // The connection died with the server: not an answer.
                }
            }
        }).ToArray();

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (answered.Count < 300 && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        await app.KillAsync();
        await Task.Delay(500);
        stop.Cancel();
        await Task.WhenAll(clients);

        Assert.True(answered.Count >= 300, $"only {answered.Count} checks answered before the kill:\n{app.Output}");
        var logged = (await factory.Database.ScalarAsync<string[]>(
            "SELECT coalesce(array_agg(DISTINCT reference), '{}') FROM credit.sanction_checks WHERE subject_code = $1 AND reference LIKE $2", uscc, $"K-{run}-%")).ToHashSet();
        var missing = answered.Where(r => !logged.Contains(r)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {answered.Count} checks answered 200 are missing from the log: {string.Join(", ", missing.Take(10))}");
    }
}
