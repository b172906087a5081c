using System.Net;
using System.Reflection;
using System.Text;
using Hangfire;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Collection;

/// <summary>Issue #24 item 1 (ADR 0016): job locks per batch, recovery of interrupted batches, the credit office's requeue.</summary>
[Collection(CreditCollection.Name)]
public sealed class BatchRecoveryTests(CreditAppFactory factory)
{
    [Fact]
    public async Task A_job_lock_held_by_a_live_run_makes_a_second_run_skip_and_dies_with_its_session()
    {
        var locks = factory.Services.GetRequiredService<JobLocks>();
        var name = "test:" + Guid.NewGuid();
        var first = await locks.TryAcquireAsync(name);
        Assert.NotNull(first);
        Assert.Null(await locks.TryAcquireAsync(name));
        Assert.True(await locks.IsHeldAsync(name));

        // The holder's session ends (as a killed process's does): the lock is free at once.
        await first.DisposeAsync();
        Assert.False(await locks.IsHeldAsync(name));
        await using var again = await locks.TryAcquireAsync(name);
        Assert.NotNull(again);
    }

    [Fact]
    public void No_job_takes_a_method_wide_Hangfire_lock_and_batches_have_their_own_queue()
    {
        var methods = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("Huzhou.Credit", StringComparison.Ordinal) == true)
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        Assert.DoesNotContain(methods, m => m.GetCustomAttribute<DisableConcurrentExecutionAttribute>() is not null);
        var process = typeof(CollectionJobs).GetMethod(nameof(CollectionJobs.ProcessBatchAsync))!;
        Assert.Equal(CollectionJobs.BatchQueue, process.GetCustomAttribute<QueueAttribute>()?.Queue);
    }

    [Fact]
    public async Task A_batch_whose_lock_a_live_worker_holds_is_skipped_while_another_departments_batch_runs()
    {
        var (a, _) = await QueuedBatchAsync("HZ-SJJ", 3);
        var (b, numbersB) = await QueuedBatchAsync("HZ-ZHZF", 2);

        // A worker is processing batch a: a second job for a skips, batch b of another department runs meanwhile.
        var locks = factory.Services.GetRequiredService<JobLocks>();
        await using (var busy = await locks.TryAcquireAsync(CollectionJobs.BatchLockName(a)))
        {
            Assert.NotNull(busy);
            await ProcessAsync(a);
            await ProcessAsync(b);
            Assert.Equal((short)BatchStatus.Queued, await StatusAsync(a));
            var statusB = await StatusAsync(b);
            Assert.True(statusB == (short)BatchStatus.Completed, $"batch b is {statusB}, not completed; {await WhoHoldsAsync()}");
            Assert.Equal(2L, await RecordsAsync(numbersB));
        }

        await ProcessAsync(a);
        Assert.Equal((short)BatchStatus.Completed, await StatusAsync(a));
    }

    [Fact]
    public async Task The_same_batch_enqueued_twice_is_processed_once()
    {
        var (id, numbers) = await QueuedBatchAsync("HZ-SJJ", 4);

        await Task.WhenAll(ProcessAsync(id), ProcessAsync(id));
        await ProcessAsync(id);

        Assert.Equal((short)BatchStatus.Completed, await StatusAsync(id));
        Assert.Equal(1, await factory.Database.ScalarAsync<int>("SELECT attempts FROM credit.collection_batches WHERE id = $1", id));
        Assert.Equal(4L, await RecordsAsync(numbers));
    }

    [Fact]
    public async Task A_batch_left_running_by_a_dead_worker_is_requeued_by_the_recovery_and_completes_each_row_once()
    {
        var (id, numbers) = await QueuedBatchAsync("HZ-SJJ", 5);
        var (held, _) = await QueuedBatchAsync("HZ-SJJ", 1);
        var (fresh, _) = await QueuedBatchAsync("HZ-SJJ", 1);

        // A worker died mid-way through id (its heartbeat stopped, its session and lock are gone); held's worker
        // is alive but between heartbeats (it holds the lock); fresh's worker beat a moment ago.
        const string Interrupt = "UPDATE credit.collection_batches SET status = 3, attempts = 1, started_at = now(), heartbeat_at = now() - make_interval(secs => $2) WHERE id = $1";
        await factory.Database.ExecuteAsync(Interrupt, id, 60);
        await factory.Database.ExecuteAsync(Interrupt, held, 60);
        await factory.Database.ExecuteAsync(Interrupt, fresh, 2);
        await using var holder = await factory.Services.GetRequiredService<JobLocks>().TryAcquireAsync(CollectionJobs.BatchLockName(held));

        // The batch page says what happened.
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var page = await HtmlPages.GetAsync(office, $"/collection/batches/{id}");
        Assert.Equal("处理中断，等待自动恢复", page.QuerySelector("#batch-status-name")?.TextContent.Trim());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<BatchRecovery>().RecoverAsync(CancellationToken.None) >= 1);
        }

        Assert.Equal((short)BatchStatus.Queued, await StatusAsync(id));
        Assert.Equal((short)BatchStatus.Running, await StatusAsync(held));
        Assert.Equal((short)BatchStatus.Running, await StatusAsync(fresh));

        // The requeued job runs from the stored file.
        await ProcessAsync(id);
        Assert.Equal((short)BatchStatus.Completed, await StatusAsync(id));
        Assert.Equal(5L, await RecordsAsync(numbers));

        // A worker killed after the record store committed (before the batch was marked completed): the same rows
        // again, re-run by the recovery, store nothing twice.
        var file = _files[id];
        var (again, _) = await QueuedBatchAsync("HZ-SJJ", file);
        await factory.Database.ExecuteAsync(Interrupt, again, 60);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<BatchRecovery>().RecoverAsync(CancellationToken.None) >= 1);
        }

        await ProcessAsync(again);
        Assert.Equal((short)BatchStatus.Completed, await StatusAsync(again));
        Assert.Equal(5L, await factory.Database.ScalarAsync<long>("SELECT unchanged FROM credit.collection_batches WHERE id = $1", again));
        Assert.Equal(5L, await RecordsAsync(numbers));
    }

    [Fact]
    public async Task The_credit_office_requeues_a_failed_batch_on_its_page_audited_and_department_staff_may_not()
    {
        var (id, numbers) = await QueuedBatchAsync("HZ-SJJ", 2);
        await factory.Database.ExecuteAsync("UPDATE credit.collection_batches SET status = 5, attempts = 10, error = '处理已中断 10 次', finished_at = now() WHERE id = $1", id);

        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var own = await HtmlPages.GetAsync(staff, $"/collection/batches/{id}");
        Assert.Null(own.QuerySelector("#batch-requeue"));
        var upload = await HtmlPages.GetAsync(staff, "/collection/upload");
        using var refused = await HtmlPages.PostAsync(staff, $"/collection/batches/{id}/requeue", [new(HtmlPages.AntiforgeryField, HtmlPages.AntiforgeryToken(upload))]);
        Assert.True(refused.StatusCode == HttpStatusCode.Forbidden || HtmlPages.Location(refused).Contains("access-denied", StringComparison.Ordinal), refused.StatusCode.ToString());
        Assert.Equal((short)BatchStatus.Failed, await StatusAsync(id));

        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var page = await HtmlPages.GetAsync(office, $"/collection/batches/{id}");
        using (var withoutToken = await HtmlPages.PostAsync(office, $"/collection/batches/{id}/requeue", []))
        {
            Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        }

        using var requeued = await HtmlPages.PostFormAsync(office, page, "#batch-requeue", []);
        Assert.Equal(HttpStatusCode.Redirect, requeued.StatusCode);
        Assert.Equal((short)BatchStatus.Queued, await StatusAsync(id));
        Assert.Equal(0, await factory.Database.ScalarAsync<int>("SELECT attempts FROM credit.collection_batches WHERE id = $1", id));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = 'collection.batch.requeue' AND detail = $1", $"重新排队归集批次 {id}"));

        await ProcessAsync(id);
        Assert.Equal((short)BatchStatus.Completed, await StatusAsync(id));
        Assert.Equal(2L, await RecordsAsync(numbers));
    }

    private readonly Dictionary<long, PenaltyFile> _files = [];

    private async Task<(long Id, string[] Numbers)> QueuedBatchAsync(string department, int rows)
    {
        var file = new PenaltyFile();
        var numbers = Enumerable.Range(0, rows).Select(i => file.AddEnterprise(Unique.Uscc(), $"湖州{file.Marker}{i}号有限公司")).ToArray();
        var (id, _) = await QueuedBatchAsync(department, file);
        return (id, numbers);
    }

    private async Task<(long Id, PenaltyFile File)> QueuedBatchAsync(string department, PenaltyFile file)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<BatchIntake>();
        using var content = new MemoryStream(file.ToCsv(new UTF8Encoding(false)));
        var created = await intake.CreateAsync("XZCF", department, "330500", "scjg.staff", BatchSource.Upload, "penalties.csv", content, CancellationToken.None);
        Assert.True(created.Succeeded, created.Error);
        Assert.True((await intake.ConfirmAsync(created.Value.Id, CancellationToken.None)).Succeeded);
        _files[created.Value.Id] = file;
        return (created.Value.Id, file);
    }

    private async Task ProcessAsync(long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CollectionJobs>().ProcessBatchAsync(id, CancellationToken.None);
    }

    /// <summary>For a failure message: the sessions that hold advisory locks in the test database, and what they do.</summary>
    private Task<string> WhoHoldsAsync() => factory.Database.ScalarAsync<string>(
        """
        SELECT 'advisory locks held: ' || coalesce(string_agg(format('%s/%s by pid %s (%s, %s)', l.classid, l.objid, l.pid, a.application_name, a.state), '; '), 'none')
        FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        """);

    private Task<short> StatusAsync(long id) =>
        factory.Database.ScalarAsync<short>("SELECT status FROM credit.collection_batches WHERE id = $1", id);

    private Task<long> RecordsAsync(string[] numbers) =>
        factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE source_key = ANY($1)", (object)numbers);
}
