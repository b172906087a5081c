using System.Diagnostics;
using Hangfire;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Features;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.Subjects.Records;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.IntegrationTests.Jobs;

/// <summary>
/// Issue #24 "Tests (in CI)": the built application, in a process of its own with its job server, is killed (SIGKILL)
/// in the middle of a scoring run and in the middle of the nightly publicity expiry, then started again. Each run is
/// resumed by the restarted server within a minute (Hangfire fetches the dead server's job again once its 30-s lease
/// lapses; the job lock died with the killed session) and ends in the state an uninterrupted run leaves; the run table
/// (<c>credit.job_runs</c>, /admin/job-runs) shows the interrupted run and the run that resumed it.
/// The kill comes at a known point: the test holds a lock on one partition of the record store, so the run stops
/// there with its earlier partitions committed.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class JobKillRecoveryTests(CreditAppFactory factory)
{
    private static readonly TimeSpan ResumeLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_scoring_run_killed_mid_way_resumes_within_a_minute_of_the_restart_and_ends_as_an_uninterrupted_run()
    {
        // The uninterrupted result, on the same data.
        long reference;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var runner = scope.ServiceProvider.GetRequiredService<ScoringRunner>();
            reference = (await runner.CreateFullRunAsync([], "it-tests", CancellationToken.None)).Id;
            await runner.RunAsync(reference, CancellationToken.None);
        }

        var uninterrupted = await SnapshotAsync();

        // Bucket 6 of the record store is locked: the run commits buckets 0–5 and waits there.
        await using var blocker = await LockPartitionAsync("credit.credit_records_p06", "ACCESS EXCLUSIVE");
        long runId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            runId = (await scope.ServiceProvider.GetRequiredService<ScoringRunner>().QueueFullAsync([], "it-tests", CancellationToken.None)).Id;
        }

        var first = await AppProcess.StartAsync(factory.ConnectionString, JobServer);
        string firstOutput;
        try
        {
            await Eventually.WaitAsync(async () => await factory.Database.ScalarAsync<int>("SELECT buckets_done FROM credit.evaluation_runs WHERE id = $1", runId) >= 6,
                TimeSpan.FromSeconds(90), () => Task.FromResult("the run did not reach bucket 6: " + first.Output));
        }
        finally
        {
            await first.KillAsync();
            firstOutput = first.Output;
            await first.DisposeAsync();
        }

        Assert.Equal((short)RunStatus.Running, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.evaluation_runs WHERE id = $1", runId));
        var doneAtKill = await factory.Database.ScalarAsync<int>("SELECT buckets_done FROM credit.evaluation_runs WHERE id = $1", runId);
        Assert.InRange(doneAtKill, 6, 6);
        var interrupted = await factory.Database.ScalarAsync<long>("SELECT max(id) FROM credit.job_runs WHERE job = $1 AND status = 0", ScoringRunner.LockName);
        await blocker.DisposeAsync();

        var restarted = Stopwatch.StartNew();
        await using var second = await AppProcess.StartAsync(factory.ConnectionString, JobServer);
        await Eventually.WaitAsync(async () => await factory.Database.ScalarAsync<short>("SELECT status FROM credit.evaluation_runs WHERE id = $1", runId) == (short)RunStatus.Finished,
            ResumeLimit, () => Task.FromResult($"the run did not finish within {ResumeLimit.TotalSeconds} s of the restart\n--- first run:\n{firstOutput}\n--- second run:\n{second.Output}"));
        var resumedIn = restarted.Elapsed;

        Assert.Equal(uninterrupted, await SnapshotAsync());
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.evaluation_results WHERE run_id <> $1", runId));
        await AssertResumedAsync(ScoringRunner.LockName, interrupted);
        Console.WriteLine($"Kill -9 recovery: scoring run killed at bucket {doneAtKill}/16 finished {resumedIn.TotalSeconds:0.0} s after the restart");
    }

    [Fact]
    public async Task The_nightly_expiry_killed_mid_way_resumes_within_a_minute_and_expires_each_due_record_once()
    {
        // Due records in every partition: 160 new records of 80 new companies whose publicity ended yesterday.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var marker = "湖市监罚〔2026〕E" + Unique.Digits(5) + "-";
        var rows = new List<IncomingCreditRecord>();
        for (var i = 0; i < 160; i++)
        {
            var uscc = Unique.Uscc();
            rows.Add(new IncomingCreditRecord(i + 1, SubjectKeyKind.Uscc, uscc, $"湖州{Unique.ChineseFragment()}期满测试有限公司", "XZCF", 1, marker + i + "号", today.AddYears(-1),
                new PublicityPeriod(today.AddYears(-1), today.AddYears(2), today.AddMonths(6), PenaltyClass.Minor, "2025", true), "[\"x\"]"));
        }

        await Deliveries.DeliverAsync(factory, rows);
        await factory.Database.ExecuteAsync("UPDATE credit.credit_records SET publicity_end = $2 WHERE source_key LIKE $1 || '%'", marker, today.AddDays(-1));
        var due = await factory.Database.ScalarAsync<long[]>(
            "SELECT array_agg(id ORDER BY id) FROM credit.credit_records WHERE status = 1 AND publicity_end < $1", today);
        Assert.True(await factory.Database.ScalarAsync<long>(
            "SELECT count(DISTINCT tableoid) FROM credit.credit_records WHERE source_key LIKE $1 || '%'", marker) >= 12, "the due records should fall in most partitions");
        var since = await factory.Database.ScalarAsync<DateTime>("SELECT now()");

        // Partition 7 is locked against writes: the run expires partitions 0–6 and waits there.
        await using var blocker = await LockPartitionAsync("credit.credit_records_p07", "EXCLUSIVE");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>().Enqueue<PublicityExpiryJob>(j => j.RunAsync(CancellationToken.None));
        }

        var first = await AppProcess.StartAsync(factory.ConnectionString, JobServer);
        string firstOutput;
        try
        {
            await Eventually.WaitAsync(async () => await factory.Database.ScalarAsync<bool>(
                    "SELECT EXISTS (SELECT 1 FROM credit.job_runs WHERE job = $1 AND status = 0 AND checkpoint LIKE '%credit_records_p06%')", PublicityExpiryJob.JobId),
                TimeSpan.FromSeconds(90), () => Task.FromResult("the expiry did not reach partition 7: " + first.Output));
        }
        finally
        {
            await first.KillAsync();
            firstOutput = first.Output;
            await first.DisposeAsync();
        }

        var expiredAtKill = await ExpiredAsync(due);
        Assert.True(expiredAtKill > 0 && expiredAtKill < due.Length, $"{expiredAtKill} of {due.Length} expired at the kill: it should be part-way");
        var interrupted = await factory.Database.ScalarAsync<long>("SELECT max(id) FROM credit.job_runs WHERE job = $1 AND status = 0", PublicityExpiryJob.JobId);
        await blocker.DisposeAsync();

        var restarted = Stopwatch.StartNew();
        await using var second = await AppProcess.StartAsync(factory.ConnectionString, JobServer);
        await Eventually.WaitAsync(async () => await factory.Database.ScalarAsync<bool>(
                "SELECT EXISTS (SELECT 1 FROM credit.job_runs WHERE job = $1 AND status = 1 AND resumes = $2)", PublicityExpiryJob.JobId, interrupted),
            ResumeLimit, async () => $"the expiry did not finish within {ResumeLimit.TotalSeconds} s of the restart ({await ExpiredAsync(due)} of {due.Length})\n--- first run:\n{firstOutput}\n--- second run:\n{second.Output}");
        var resumedIn = restarted.Elapsed;

        // The state of an uninterrupted run: every due record 公示期满, each with exactly one expiry history row, nothing else touched.
        Assert.Equal(due.Length, await ExpiredAsync(due));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE status = 1 AND publicity_end < $1", today));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>(
            """
            SELECT count(*) FROM (SELECT record_id FROM credit.credit_record_changes WHERE record_id = ANY($1) AND reason = '公示期满' AND changed_at >= $2
                                  GROUP BY subject_id, record_id HAVING count(*) <> 1) x
            """, due, since));
        Assert.Equal((long)due.Length, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.credit_record_changes WHERE record_id = ANY($1) AND reason = '公示期满' AND changed_at >= $2", due, since));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.credit_record_changes WHERE NOT (record_id = ANY($1)) AND reason = '公示期满' AND changed_at >= $2", due, since));
        await AssertResumedAsync(PublicityExpiryJob.JobId, interrupted);
        Console.WriteLine($"Kill -9 recovery: publicity expiry killed at {expiredAtKill}/{due.Length} records finished {resumedIn.TotalSeconds:0.0} s after the restart");
    }

    private Dictionary<string, string> JobServer => new()
    {
        ["Hangfire:ServerEnabled"] = "true",
        ["Serilog:MinimumLevel:Default"] = "Information",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = factory.Smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "none",
        ["Citizens:Oidc:Authority"] = factory.IdentityProvider.Authority,
        ["Citizens:Oidc:ClientId"] = FakeIdentityProvider.ClientId,
        ["Citizens:Oidc:ClientSecret"] = FakeIdentityProvider.ClientSecret,
        ["Citizens:Oidc:RequireHttpsMetadata"] = "false",
    };

    /// <summary>The interrupted run is marked so, and a finished run says it resumed it.</summary>
    private async Task AssertResumedAsync(string job, long interrupted)
    {
        Assert.True(interrupted > 0, "the killed run had no running row in credit.job_runs");
        Assert.Equal((short)JobRunStatus.Interrupted, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.job_runs WHERE id = $1", interrupted));
        Assert.True(await factory.Database.ScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM credit.job_runs WHERE job = $1 AND resumes = $2 AND status = 1)", job, interrupted));
    }

    private Task<long> ExpiredAsync(long[] ids) =>
        factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE id = ANY($1) AND status = 2", ids);

    private Task<string> SnapshotAsync() => factory.Database.ScalarAsync<string>(
        "SELECT md5(string_agg(field_code || ':' || subject_id || ':' || score || ':' || grade || ':' || points::text || ':' || model_version, ',' ORDER BY field_code, subject_id)) FROM credit.evaluation_results");

    /// <summary>A transaction of the test's own holding a table lock until disposed.</summary>
    private async Task<PartitionLock> LockPartitionAsync(string table, string mode)
    {
        var connection = await factory.Database.OpenConnectionAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand($"LOCK TABLE {table} IN {mode} MODE", connection, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        return new PartitionLock(connection, transaction);
    }

    private sealed class PartitionLock(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        private bool _released;

        public async ValueTask DisposeAsync()
        {
            if (_released)
            {
                return;
            }

            _released = true;
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
