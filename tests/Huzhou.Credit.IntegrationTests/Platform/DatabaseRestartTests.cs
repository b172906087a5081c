using System.Net;
using System.Net.Http.Json;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>
/// Issue #24 item 2: after PostgreSQL restarted, every connection in the app's pools is broken and fails its next
/// statement (57P01). Checks and page reads that meet one run once more on a fresh connection: no 500 once the database
/// accepts connections again, and every check answered 200 is in the log. The restart is simulated by terminating every
/// session of the test database, which is exactly what a restart leaves in the pools.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class DatabaseRestartTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Checks_and_pages_after_the_pools_connections_were_broken_all_succeed_and_every_check_is_logged()
    {
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}重启测试有限公司";
        using (var office = await SignedInClient.CreateAsync(factory, "xinyongban"))
        {
            await SubjectForms.CreateOrganisationAsync(office, name, uscc, "330502");
        }

        await factory.SettleEventsAsync();
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        using var system = factory.CreateClient();
        system.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, "重启测试系统" + Unique.Digits(5), "checks:write", 100_000));
        using var visitor = SignedInClient.Anonymous(factory);
        var run = Unique.Digits(6);

        // Fill the pools: the check path's (lookups, log) and the platform's (API key, pages).
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => CheckAsync(system, uscc, $"W-{run}-{i}")));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => visitor.GetAsync("/public?q=" + Uri.EscapeDataString(name))));

        var terminated = await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND usename <> current_user) t");
        Assert.True(terminated > 0, "no session of the app was open to break");
        factory.Database.Clear(); // the test's own (superuser) pool is not the subject here

        var checks = Enumerable.Range(0, 120).Select(i => CheckAsync(system, uscc, $"R-{run}-{i}")).ToList();
        var pages = Enumerable.Range(0, 6).Select(async _ =>
        {
            using var response = await visitor.GetAsync("/public?q=" + Uri.EscapeDataString(name));
            return response.StatusCode;
        }).ToList();
        var answers = await Task.WhenAll(checks);
        var pageAnswers = await Task.WhenAll(pages);

        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK, $"{a.Reference}: {(int)a.Status} {a.Body}"));
        Assert.All(pageAnswers, s => Assert.Equal(HttpStatusCode.OK, s));
        // Every check answered 200 is in the log (a batch whose commit was lost with its connection may be logged twice).
        var logged = await factory.Database.ScalarAsync<long>(
            "SELECT count(DISTINCT reference) FROM credit.sanction_checks WHERE subject_code = $1 AND reference LIKE $2", uscc, $"R-{run}-%");
        Assert.Equal(answers.Length, logged);

        using var ready = await visitor.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private static async Task<(string Reference, HttpStatusCode Status, string Body)> CheckAsync(HttpClient client, string uscc, string reference)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/checks", new { code = uscc, matter = "SX-001", stage = "受理", reference });
        return (reference, response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
