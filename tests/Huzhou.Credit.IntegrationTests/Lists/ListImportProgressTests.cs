using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Hangfire;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Huzhou.Credit.Lists.Features;
using Huzhou.Credit.Lists.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Lists;

/// <summary>
/// The list import as a background job (issue #28 §4): the upload queues it and answers at once, the import's page and
/// its status endpoint say what the job is doing in Chinese, the job taken from the queue writes the whole file in one
/// transaction, a run that dies writes nothing and is run again by the recovery (ADR 0016), and another department
/// never sees the import.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class ListImportProgressTests(CreditAppFactory factory)
{
    static ListImportProgressTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task The_upload_queues_the_import_and_the_job_taken_from_the_queue_completes_it_while_the_status_says_what_happens()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (uscc, name, subjectId) = await OrganisationAsync(office, "330502");
        var file = new ListImportTests.ListFile();
        var good = file.Add("SXBZXR", name, uscc);
        file.Add("老赖名单", name, uscc);

        var id = await ListImportTests.QueueImportAsync(office, file.ToCsv(Encoding.GetEncoding("GB18030")), "排队.csv");

        // Queued: nothing written yet, the file kept for the job, the page polls the status endpoint.
        var queued = await StatusAsync(office, id);
        Assert.Equal("queued", queued.GetProperty("state").GetString());
        Assert.Equal("排队中", queued.GetProperty("stateName").GetString());
        Assert.False(queued.GetProperty("done").GetBoolean());
        Assert.Equal(100, queued.GetProperty("max").GetInt32());
        Assert.Equal(0, queued.GetProperty("value").GetInt32());
        Assert.Contains("等待后台任务", queued.GetProperty("text").GetString(), StringComparison.Ordinal);
        foreach (var count in new[] { "rowsRead", "accepted", "rejected", "received", "imported", "unchanged" })
        {
            Assert.Equal(0, queued.GetProperty("counts").GetProperty(count).GetInt32());
        }

        Assert.Equal($"/lists/import/{id}", queued.GetProperty("resultUrl").GetString());
        var page = await HtmlPages.GetAsync(office, $"/lists/import/{id}");
        Assert.Equal($"/lists/import/{id}/status", page.QuerySelector("#import-progress")!.GetAttribute("data-job-status-url"));
        Assert.Equal("排队中", page.QuerySelector("#import-state")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("progress#import-bar"));
        Assert.Null(page.QuerySelector("#import-counts"));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE document_number = $1", good));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_import_files WHERE import_id = $1", id));
        using (var rejections = await office.GetAsync($"/lists/import/{id}/rejections.csv"))
        {
            Assert.Equal(HttpStatusCode.NotFound, rejections.StatusCode);
        }

        // The job server's queue holds the import's job: run it as a worker would.
        var job = QueuedJobs().Single(j => j.Type == typeof(ListImportJob) && Equals(j.Args[0], id));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await (Task)job.Method.Invoke(scope.ServiceProvider.GetRequiredService<ListImportJob>(), [id, CancellationToken.None])!;
        }

        var done = await StatusAsync(office, id);
        Assert.Equal("completed", done.GetProperty("state").GetString());
        Assert.Equal("已完成", done.GetProperty("stateName").GetString());
        Assert.True(done.GetProperty("done").GetBoolean());
        Assert.Equal(100, done.GetProperty("value").GetInt32());
        Assert.Equal("已完成：收到 2 条，列入 1 条，已存在 0 条，退回 1 条。", done.GetProperty("text").GetString());
        Assert.Equal(2, done.GetProperty("counts").GetProperty("rowsRead").GetInt32());
        Assert.Equal(1, done.GetProperty("counts").GetProperty("imported").GetInt32());
        Assert.Equal(1, done.GetProperty("counts").GetProperty("rejected").GetInt32());
        // No personal or subject data in the status.
        var raw = await office.GetStringAsync($"/lists/import/{id}/status");
        Assert.DoesNotContain(uscc, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(name, raw, StringComparison.Ordinal);

        var result = await HtmlPages.GetAsync(office, $"/lists/import/{id}");
        Assert.Equal((2, 1, 0, 1), ListImportTests.Counts(result));
        Assert.Null(result.QuerySelector("#import-progress"));
        Assert.NotEmpty(result.QuerySelectorAll("#rejections tbody tr"));
        Assert.Equal("2|2", await factory.Database.ScalarAsync<string>(
            "SELECT status || '|' || source FROM credit.list_entries WHERE document_number = $1 AND subject_id = $2 AND import_id = $3", good, subjectId, id));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_import_files WHERE import_id = $1", id));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = 'lists.entry.import' AND detail LIKE '%导入批次 ' || $1 || '）%xinyongban 上传%'", id.ToString(CultureInfo.InvariantCulture)));

        // The job queued again (recovery and job server both) finds it done and changes nothing.
        await ListImportTests.RunImportJobAsync(factory, id);
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE document_number = $1", good));
    }

    [Fact]
    public async Task Another_department_gets_404_for_an_import_its_status_and_report_and_does_not_see_it_listed()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (uscc, name, _) = await OrganisationAsync(office, "330502");
        var file = new ListImportTests.ListFile();
        file.Add("SXBZXR", name, uscc);
        var id = await ListImportTests.QueueImportAsync(office, file.ToCsv(Encoding.UTF8), "别的部门.csv");
        await ListImportTests.RunImportJobAsync(factory, id);

        // A city-level credit office account of another department (the market regulation bureau).
        using var other = await SignedInClient.CreateAsync(factory, await ListForms.DepartmentUserAsync(factory, "HZ-SJJ", CreditRoles.CreditOffice));
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");

        foreach (var url in new[] { $"/lists/import/{id}", $"/lists/import/{id}/status", $"/lists/import/{id}/rejections.csv" })
        {
            using var response = await other.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
        }

        using (var own = await office.GetAsync($"/lists/import/{id}/status"))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }

        using (var denied = await staff.GetAsync($"/lists/import/{id}/status"))
        {
            Identity.RoleAccessTests.AssertDenied(denied, "/lists/import/{id}/status (部门工作人员)");
        }

        var form = await HtmlPages.GetAsync(other, "/lists/import");
        Assert.DoesNotContain($"/lists/import/{id}\"", form.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var mine = await HtmlPages.GetAsync(office, "/lists/import");
        Assert.NotNull(mine.QuerySelector($"#recent-imports a[href='/lists/import/{id}']"));
    }

    [Fact]
    public async Task A_run_that_dies_while_writing_leaves_nothing_reads_as_interrupted_and_the_recovery_runs_it_again_once()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (uscc, name, _) = await OrganisationAsync(office, "330502");
        var (usccB, nameB, _) = await OrganisationAsync(office, "330521");
        var file = new ListImportTests.ListFile();
        var documents = new[] { file.Add("SXBZXR", name, uscc), file.Add("SXBZXR", nameB, usccB) };
        var id = await ListImportTests.QueueImportAsync(office, file.ToCsv(Encoding.UTF8), "中断.csv");

        // The worker dies inside the writing transaction, after the entries were copied.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ListImporter>().DuringWrite = _ => throw new IOException("worker killed");
            await Assert.ThrowsAsync<IOException>(() => scope.ServiceProvider.GetRequiredService<ListImportJob>().RunAsync(id, CancellationToken.None));
        }

        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE document_number = ANY($1)", (object)documents));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_import_rejections WHERE import_id = $1", id));
        var failedOnce = await StatusAsync(office, id);
        Assert.Equal("queued", failedOnce.GetProperty("state").GetString());
        Assert.Equal("排队中（将重新处理）", failedOnce.GetProperty("stateName").GetString());

        // A process killed mid-run leaves the import running with a stopped heartbeat and no lock holder.
        await factory.Database.ExecuteAsync("UPDATE credit.list_imports SET status = 2, phase = 3, heartbeat_at = now() - interval '1 minute' WHERE id = $1", id);
        var interrupted = await StatusAsync(office, id);
        Assert.Equal("interrupted", interrupted.GetProperty("state").GetString());
        Assert.Equal("处理中断，等待自动恢复", interrupted.GetProperty("stateName").GetString());
        Assert.False(interrupted.GetProperty("done").GetBoolean());
        Assert.Equal("处理中断，等待自动恢复", (await HtmlPages.GetAsync(office, $"/lists/import/{id}")).QuerySelector("#import-state")!.TextContent.Trim());

        var before = QueuedJobs().Count(j => j.Type == typeof(ListImportJob) && Equals(j.Args[0], id));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ListImportRecovery>().RecoverAsync(CancellationToken.None) >= 1);
            // A second pass right after finds the import queued with a fresh heartbeat: no second job.
            await scope.ServiceProvider.GetRequiredService<ListImportRecovery>().RecoverAsync(CancellationToken.None);
        }

        Assert.Equal(1, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.list_imports WHERE id = $1", id));
        Assert.Equal(before + 1, QueuedJobs().Count(j => j.Type == typeof(ListImportJob) && Equals(j.Args[0], id)));

        await ListImportTests.RunImportJobAsync(factory, id);
        var done = await StatusAsync(office, id);
        Assert.Equal("completed", done.GetProperty("state").GetString());
        Assert.Equal(2, done.GetProperty("counts").GetProperty("imported").GetInt32());
        Assert.Equal(2, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE document_number = ANY($1) AND import_id = $2", (object)documents, id));
        Assert.Equal(2, await factory.Database.ScalarAsync<int>("SELECT attempts FROM credit.list_imports WHERE id = $1", id));
    }

    [Fact]
    public async Task An_import_interrupted_too_often_and_a_file_over_the_row_limit_end_as_failed_with_the_reason_and_nothing_written()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (uscc, name, _) = await OrganisationAsync(office, "330502");

        // Over 50,000 rows: the upload only reads the header and the first row; the job reads the rest and refuses the file.
        var big = new ListImportTests.ListFile();
        for (var i = 0; i < 50_001; i++)
        {
            big.Add("SXBZXR", name, uscc, document: $"（2026）浙0502执{i:D6}号");
        }

        var tooBig = await ListImportTests.QueueImportAsync(office, big.ToCsv(Encoding.UTF8), "太大.csv");
        await ListImportTests.RunImportJobAsync(factory, tooBig);
        var failed = await StatusAsync(office, tooBig);
        Assert.Equal("failed", failed.GetProperty("state").GetString());
        Assert.True(failed.GetProperty("done").GetBoolean());
        Assert.StartsWith("失败（文件超过 50,000 行数据", failed.GetProperty("stateName").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE import_id = $1", tooBig));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_import_files WHERE import_id = $1", tooBig));
        var page = await HtmlPages.GetAsync(office, $"/lists/import/{tooBig}");
        Assert.Contains("文件超过 50,000 行数据", page.QuerySelector("#import-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("", page.QuerySelector("#import-progress")!.GetAttribute("data-job-status-url"));

        // Interrupted again and again: after five starts the recovery gives up and says so.
        var file = new ListImportTests.ListFile();
        var document = file.Add("SXBZXR", name, uscc);
        var stuck = await ListImportTests.QueueImportAsync(office, file.ToCsv(Encoding.UTF8), "总是中断.csv");
        await factory.Database.ExecuteAsync("UPDATE credit.list_imports SET status = 2, attempts = 5, heartbeat_at = now() - interval '1 minute' WHERE id = $1", stuck);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ListImportRecovery>().RecoverAsync(CancellationToken.None);
        }

        var given = await StatusAsync(office, stuck);
        Assert.Equal("failed", given.GetProperty("state").GetString());
        Assert.Contains("处理已中断 5 次", given.GetProperty("stateName").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE document_number = $1", document));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_import_files WHERE import_id = $1", stuck));
    }

    private List<Hangfire.Common.Job> QueuedJobs()
    {
        var monitoring = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var count = (int)monitoring.EnqueuedCount("default");
        return [.. monitoring.EnqueuedJobs("default", 0, Math.Max(1, count)).Select(j => j.Value.Job).Where(j => j is not null)];
    }

    private static async Task<JsonElement> StatusAsync(HttpClient client, long id)
    {
        using var response = await client.GetAsync($"/lists/import/{id}/status");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static async Task<(string Uscc, string Name, long Id)> OrganisationAsync(HttpClient office, string district)
    {
        var uscc = Unique.Uscc(district);
        var name = $"湖州{Unique.ChineseFragment()}实业有限公司";
        var id = await SubjectForms.CreateOrganisationAsync(office, name, uscc, district);
        return (uscc, name, id);
    }
}
