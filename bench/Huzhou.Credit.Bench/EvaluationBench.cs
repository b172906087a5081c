using System.Diagnostics;
using Huzhou.Credit.Evaluation.Features;
using Huzhou.Credit.Evaluation.Seed;
using Huzhou.Credit.Web.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.Bench;

/// <summary>
/// Issue #7 §3 on the full-scale city: one sequential aggregate scan of the records table (the yardstick), a full
/// rescore of every field (target: ≤ 3 minutes and ≤ 5 × the scan, timed in the same run), and an incremental run over
/// 10,000 changed subjects (target: ≤ 10 s). The standard fields and their models are seeded first when missing (the
/// seeder's own first run is reported separately: it writes every grade as new).
/// </summary>
internal static class EvaluationBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var connection = Option(args, "--connection") ?? throw new ArgumentException("--connection is required");
        var changed = int.Parse(Option(args, "--changed") ?? "10000", System.Globalization.CultureInfo.InvariantCulture);
        Report.Line($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024} GiB, .NET {Environment.Version}; load average before: {PortalBench.LoadAverage()}");
        await Database.EnsureExistsAsync(connection);

        var builder = WebApplication.CreateBuilder(["--environment", "Production", BenchHost.NoConfigReload]);
        builder.Configuration["ConnectionStrings:Credit"] = connection;
        builder.Configuration["Hangfire:ServerEnabled"] = "false";
        builder.Configuration["Database:MigrateOnStart"] = "false";
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        builder.Configuration["Serilog:MinimumLevel:Override:Huzhou.Credit.Evaluation"] = "Information";
        builder.Configuration["Logging:Directory"] = Path.Combine(Path.GetTempPath(), "huzhou-bench-logs");
        builder.Configuration["Credit:PersonalData:EncryptionKey"] = "ZGVtby1vbmx5LWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM=";
        builder.Configuration["Credit:PersonalData:BlindIndexKey"] = "ZGVtby1vbmx5LWJsaW5kLWluZGV4LWtleS0zMmJ5dGU=";
        builder.AddCreditPlatform(CreditModules.All);
        await using var app = builder.Build();
        await app.MigrateAsync();
        var data = app.Services.GetRequiredService<NpgsqlDataSource>();
        var subjects = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects");
        if (subjects < 2_300_000)
        {
            Report.Line($"seeding the full-scale city ({subjects:N0} subjects present) ...");
            await app.SeedDemoCityAsync("full");
        }

        Report.Line($"city: {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects"):N0} subjects ({await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects WHERE kind <> 5"):N0} organisations), {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.credit_records"):N0} credit records");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var watch = Stopwatch.StartNew();
            var seeded = await scope.ServiceProvider.GetServices<Huzhou.Credit.SharedKernel.Modules.IDemoSeeder>().OfType<EvaluationDemoSeeder>().Single().SeedAsync(new Huzhou.Credit.SharedKernel.Modules.DemoSeedOptions(0, 0), CancellationToken.None);
            if (seeded is not null)
            {
                Report.Line($"seeded the evaluation fields: {seeded} ({watch.Elapsed.TotalSeconds:0.0} s, every grade new)");
            }
        }

        // The yardstick: one sequential aggregate scan of the records table, twice (the second is reported: warm cache, as the rescore will see it).
        double scan = 0;
        for (var i = 0; i < 2; i++)
        {
            var watch = Stopwatch.StartNew();
            await Sql.ScalarAsync<long>(data, "SELECT count(*) + coalesce(sum(penalty_class), 0) FROM credit.credit_records");
            scan = watch.Elapsed.TotalSeconds;
            Report.Line($"sequential aggregate scan of credit_records (SELECT count(*), sum(penalty_class)): {scan:0.00} s");
        }

        // Full rescore of every field.
        double full;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var runner = scope.ServiceProvider.GetRequiredService<ScoringRunner>();
            var run = await runner.CreateFullRunAsync([], "bench", CancellationToken.None);
            var chunk = Stopwatch.StartNew();
            var slowest = 0.0;
            runner.AfterChunk = r =>
            {
                slowest = Math.Max(slowest, chunk.Elapsed.TotalSeconds);
                chunk.Restart();
                return Task.CompletedTask;
            };
            var watch = Stopwatch.StartNew();
            await runner.RunAsync(run.Id, CancellationToken.None);
            full = watch.Elapsed.TotalSeconds;
            var scored = await Sql.ScalarAsync<long>(data, "SELECT subjects_scored FROM credit.evaluation_runs WHERE id = $1", run.Id);
            var changes = await Sql.ScalarAsync<long>(data, "SELECT grades_changed FROM credit.evaluation_runs WHERE id = $1", run.Id);
            Report.Line($"full rescore: {scored:N0} results ({await Sql.ScalarAsync<long>(data, "SELECT count(DISTINCT subject_id) FROM credit.evaluation_results"):N0} subjects in {await Sql.ScalarAsync<long>(data, "SELECT count(DISTINCT field_code) FROM credit.evaluation_results")} fields), {changes:N0} grade changes, in {full:0.00} s; slowest bucket {slowest:0.00} s");
        }

        Report.Line($"full rescore ÷ scan = {full / scan:0.00} (target ≤ 5); ≤ 180 s: {(full <= 180 ? "MET" : "NOT MET")}; ≤ 5 × scan: {(full <= 5 * scan ? "MET" : "NOT MET")}");

        // Incremental: 10,000 members with records marked changed, as the events would.
        await using (var command = data.CreateCommand(
            """
            INSERT INTO credit.evaluation_dirty_subjects (subject_id, marked_at)
            SELECT subject_id, now() - interval '1 second' FROM (SELECT DISTINCT subject_id FROM credit.evaluation_results ORDER BY subject_id) m
            ORDER BY hashint8(subject_id) LIMIT $1
            ON CONFLICT (subject_id) DO UPDATE SET marked_at = excluded.marked_at
            """))
        {
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = changed });
            await command.ExecuteNonQueryAsync();
        }

        var dirty = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.evaluation_dirty_subjects");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var watch = Stopwatch.StartNew();
            var run = await scope.ServiceProvider.GetRequiredService<ScoringRunner>().RunIncrementalAsync(CancellationToken.None);
            var seconds = watch.Elapsed.TotalSeconds;
            Report.Line($"incremental run over {dirty:N0} changed subjects: {run?.SubjectsScored ?? 0:N0} results in {seconds:0.00} s (target ≤ 10 s: {(seconds <= 10 ? "MET" : "NOT MET")})");
        }

        Report.Line($"load average after: {PortalBench.LoadAverage()}");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
