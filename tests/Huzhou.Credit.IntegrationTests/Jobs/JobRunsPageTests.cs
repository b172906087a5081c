using System.Net;
using System.Text;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.IntegrationTests.Collection;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.Subjects.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Jobs;

/// <summary>
/// Issue #24: the operator sees every run of the singleton jobs in one place (/admin/job-runs) with its progress, and
/// the batches needing attention with a requeue button; a run left running by a dead process shows as interrupted and
/// the next run marks it so and says that it resumes it.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class JobRunsPageTests(CreditAppFactory factory)
{
    [Fact]
    public async Task A_run_is_recorded_with_its_summary_and_a_dead_run_is_shown_interrupted_then_resumed()
    {
        // A run whose process died: its row says running, but no session holds the job's lock.
        var dead = await factory.Database.ScalarAsync<long>(
            "INSERT INTO credit.job_runs (job, title, status, processed, checkpoint, host) VALUES ($1, '主体数量快照', 0, 3, '测试检查点', 'dead-host:1') RETURNING id",
            SubjectCountSnapshotJob.JobId);
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var before = await HtmlPages.GetAsync(admin, "/admin/job-runs");
        Assert.Contains("已中断（进程退出），等待恢复", before.QuerySelector("#job-runs")!.TextContent, StringComparison.Ordinal);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SubjectCountSnapshotJob>().RunAsync(CancellationToken.None);
        }

        Assert.Equal((short)JobRunStatus.Interrupted, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.job_runs WHERE id = $1", dead));
        var resumed = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.job_runs WHERE resumes = $1 AND status = 1", dead);
        var page = await HtmlPages.GetAsync(admin, "/admin/job-runs");
        var row = page.QuerySelectorAll("#job-runs tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == resumed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("已完成", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("接续 #" + dead, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("行", row.TextContent, StringComparison.Ordinal);

        // Staff of the credit office may not see it (administrators only).
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var refused = await office.GetAsync(new Uri("/admin/job-runs", UriKind.Relative));
        Assert.True(refused.StatusCode == HttpStatusCode.Forbidden || HtmlPages.Location(refused).Contains("access-denied", StringComparison.Ordinal), refused.StatusCode.ToString());
    }

    [Fact]
    public async Task An_administrator_requeues_a_failed_batch_from_the_job_page_audited()
    {
        var file = new PenaltyFile();
        file.AddEnterprise(Unique.Uscc(), $"湖州{file.Marker}号有限公司");
        long id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var intake = scope.ServiceProvider.GetRequiredService<BatchIntake>();
            using var content = new MemoryStream(file.ToCsv(new UTF8Encoding(false)));
            var created = await intake.CreateAsync("XZCF", "HZ-SJJ", "330500", "scjg.staff", BatchSource.Upload, "penalties.csv", content, CancellationToken.None);
            Assert.True(created.Succeeded, created.Error);
            id = created.Value.Id;
        }

        await factory.Database.ExecuteAsync("UPDATE credit.collection_batches SET status = 5, attempts = 10, error = '处理已中断 10 次', finished_at = now() WHERE id = $1", id);
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var page = await HtmlPages.GetAsync(admin, "/admin/job-runs");
        var form = $"form[action='/admin/job-runs/batches/{id}/requeue']";
        Assert.NotNull(page.QuerySelector(form));
        // The batch's department by name, its code in a tooltip (issue #26 §2).
        var batchRow = page.QuerySelector(form)!.Closest("tr")!;
        Assert.Contains("湖州市市场监督管理局", batchRow.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("HZ-SJJ", batchRow.TextContent, StringComparison.Ordinal);
        Assert.NotNull(batchRow.QuerySelector("span[title='HZ-SJJ']"));
        using var requeued = await HtmlPages.PostFormAsync(admin, page, form, []);
        Assert.Equal(HttpStatusCode.Redirect, requeued.StatusCode);
        Assert.Equal((short)BatchStatus.Queued, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.collection_batches WHERE id = $1", id));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = 'collection.batch.requeue' AND detail LIKE $1", $"重新排队归集批次 {id}（%"));
        var after = await HtmlPages.GetAsync(admin, "/admin/job-runs");
        Assert.Contains($"批次 {id} 已重新排队。", after.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector(form));
    }
}
