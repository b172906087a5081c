using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huzhou.Credit.Evaluation.Features;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Evaluation;

/// <summary>
/// The scoring run's live progress (issue #28 §4): its status endpoint says in Chinese what the run is doing and moves
/// its bar while the run commits bucket after bucket, reads as interrupted when its worker died, and is open to every
/// staff role that sees the page, to nobody else.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed partial class RunProgressTests(CreditAppFactory factory)
{
    [Fact]
    public async Task The_status_of_a_run_moves_while_it_runs_and_says_what_it_is_doing_in_Chinese()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var district = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        await using var scope = factory.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<ScoringRunner>();
        var run = await runner.CreateFullRunAsync([], "it-tests", CancellationToken.None);

        var queued = await StatusAsync(office, run.Id);
        Assert.Equal("queued", queued.GetProperty("state").GetString());
        Assert.Equal("排队中", queued.GetProperty("stateName").GetString());
        Assert.False(queued.GetProperty("done").GetBoolean());
        var page = await HtmlPages.GetAsync(office, "/evaluation");
        var row = page.QuerySelector($"#run-{run.Id}")!;
        Assert.Equal($"/evaluation/runs/{run.Id}", row.GetAttribute("data-job-status-url"));
        Assert.NotNull(row.QuerySelector("progress[data-job-bar]"));
        Assert.Equal("排队中", row.QuerySelector("[data-job-state]")!.TextContent.Trim());

        // Seen from inside the run, after some buckets are committed: what a polling page sees.
        var seen = new List<JsonElement>();
        runner.AfterChunk = async r =>
        {
            if (r.BucketsDone is 2 or 5)
            {
                seen.Add(await StatusAsync(district, r.Id));
            }
        };
        await runner.RunAsync(run.Id, CancellationToken.None);

        Assert.Equal(2, seen.Count);
        foreach (var s in seen)
        {
            Assert.Equal("running", s.GetProperty("state").GetString());
            Assert.Equal("正在计算", s.GetProperty("stateName").GetString());
            Assert.Matches(BucketText(), s.GetProperty("text").GetString()!);
            Assert.True(s.GetProperty("max").GetInt64() > 0);
            Assert.Equal(s.GetProperty("resultsTotal").GetInt64(), s.GetProperty("max").GetInt64());
            Assert.InRange(s.GetProperty("value").GetInt64(), 0, s.GetProperty("max").GetInt64());
        }

        Assert.StartsWith("正在计算第 3/", seen[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("正在计算第 6/", seen[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(seen[1].GetProperty("value").GetInt64() >= seen[0].GetProperty("value").GetInt64());
        Assert.True(seen[1].GetProperty("bucketsDone").GetInt32() > seen[0].GetProperty("bucketsDone").GetInt32());

        var done = await StatusAsync(office, run.Id);
        Assert.Equal("finished", done.GetProperty("state").GetString());
        Assert.Equal("已完成", done.GetProperty("stateName").GetString());
        Assert.True(done.GetProperty("done").GetBoolean());
        Assert.Equal(done.GetProperty("max").GetInt64(), done.GetProperty("value").GetInt64());
        Assert.StartsWith("已完成：评出 ", done.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("/evaluation#fields", done.GetProperty("resultUrl").GetString());
        Assert.Equal(done.GetProperty("subjectsScored").GetInt64(), done.GetProperty("counts").GetProperty("scored").GetInt64());
        var finishedRow = (await HtmlPages.GetAsync(office, "/evaluation")).QuerySelector($"#run-{run.Id}")!;
        Assert.Equal("", finishedRow.GetAttribute("data-job-status-url"));
        Assert.Equal("已完成", finishedRow.QuerySelector("[data-job-state]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_running_run_whose_worker_died_reads_as_interrupted_and_the_endpoint_is_for_staff_only()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        long runId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            runId = (await scope.ServiceProvider.GetRequiredService<ScoringRunner>().CreateFullRunAsync(["STHJ"], "it-tests", CancellationToken.None)).Id;
        }

        try
        {
            // Running, and no session holds the scoring lock: the worker is gone (the job server will fetch the run again).
            await factory.Database.ExecuteAsync("UPDATE credit.evaluation_runs SET status = 2, buckets_done = 4 WHERE id = $1", runId);
            var status = await StatusAsync(office, runId);
            Assert.Equal("interrupted", status.GetProperty("state").GetString());
            Assert.Equal("处理中断，等待自动恢复", status.GetProperty("stateName").GetString());
            Assert.False(status.GetProperty("done").GetBoolean());
            Assert.Equal("/evaluation/fields/STHJ", status.GetProperty("resultUrl").GetString());

            using var anonymous = SignedInClient.Anonymous(factory);
            using var toLogin = await anonymous.GetAsync($"/evaluation/runs/{runId}");
            Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
            Assert.StartsWith("/account/login", HtmlPages.Location(toLogin), StringComparison.Ordinal);
            using var verifier = await SignedInClient.CreateAsync(factory, "hexiao.tsg");
            Identity.RoleAccessTests.AssertDenied(await verifier.GetAsync($"/evaluation/runs/{runId}"), "/evaluation/runs/{id} (核验员)");
            using var unknown = await office.GetAsync("/evaluation/runs/999999999");
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }
        finally
        {
            await factory.Database.ExecuteAsync("UPDATE credit.evaluation_runs SET status = 4, error = '测试：模拟中断' WHERE id = $1", runId);
        }
    }

    private static async Task<JsonElement> StatusAsync(HttpClient client, long id)
    {
        using var response = await client.GetAsync($"/evaluation/runs/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    [GeneratedRegex(@"^正在计算第 \d+/\d+ 个记录分区（全部行业领域）：已评出 [\d,]+ / [\d,]+ 个结果。$")]
    private static partial Regex BucketText();
}
