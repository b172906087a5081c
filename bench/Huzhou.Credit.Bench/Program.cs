using System.Diagnostics;
using System.Globalization;
using Huzhou.Credit.Bench;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Web.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Benchmarks against a full-scale synthetic city. Usage:
//   dotnet run -c Release --project bench/Huzhou.Credit.Bench -- collection --records 10000000 \
//       --connection "Host=127.0.0.1;Port=55432;Database=huzhou_bench;Username=postgres"
// The database is migrated and seeded to full scale (2.36 million subjects) when it has fewer subjects.
//   ... -- portal --connection "<city database>" --organisations-db huzhou_bench_orgs     (issue #4 §6, PortalBench.cs)
//   ... -- checks --connection "<city database>" [--seconds 30] [--clients 32]                       (issue #5 §5, ChecksBench.cs)
//   ... -- evaluation --connection "<city database>" [--changed 10000]                                (issue #7 §3, EvaluationBench.cs)
//   ... -- commitments --connection "<city database>" [--records 728000]                              (issue #6 §1, CommitmentsBench.cs)
//   ... -- monitoring --connection "<city database>" [--records 1000000] [--skip-delivery] [--skip-inbox] (issue #27 §5, MonitoringBench.cs)
var arguments = Arguments.Parse(args);
if (arguments.Command is "portal" or "dossier")
{
    return await PortalBench.RunAsync(args);
}

if (arguments.Command == "checks")
{
    return await ChecksBench.RunAsync(args);
}

if (arguments.Command == "evaluation")
{
    return await EvaluationBench.RunAsync(args);
}

if (arguments.Command == "commitments")
{
    return await CommitmentsBench.RunAsync(args);
}

if (arguments.Command == "monitoring")
{
    return await MonitoringBench.RunAsync(args);
}

if (arguments.Command != "collection")
{
    Console.Error.WriteLine("usage: collection --records N --connection <npgsql> [--work-dir DIR] [--skip-copy] [--copy-first]");
    Console.Error.WriteLine("       portal --connection <npgsql> [--organisations-db NAME|<npgsql>] [--organisations 1200000] [--iterations 400] [--prepare-only] [--skip-city]");
    Console.Error.WriteLine("       checks --connection <npgsql> [--seconds 30] [--clients 32] [--warm-up 5]");
    Console.Error.WriteLine("       monitoring --connection <npgsql> [--records 1000000] [--watched 100000] [--inbox-alerts 100000] [--iterations 400] [--skip-delivery] [--skip-inbox]");
    return 2;
}

await Database.EnsureExistsAsync(arguments.Connection);
var builder = WebApplication.CreateBuilder(["--environment", "Development", BenchHost.NoConfigReload]);
builder.Configuration["ConnectionStrings:Credit"] = arguments.Connection;
builder.Configuration["Hangfire:ServerEnabled"] = "false";
// The outbox listener off, as in the checks bench: the benchmark database keeps the record events of earlier runs
// (every delivery writes them; no bench dispatches them), and projecting that backlog in this process would load the
// database while the pipeline and the raw COPY are measured.
builder.Configuration["Outbox:ListenerEnabled"] = "false";
builder.Configuration["Collection:StoragePath"] = arguments.WorkDir;
// The benchmark city's own keys (the demo keys of appsettings.Development.json): a benchmark database holds no real data.
builder.Configuration["Credit:PersonalData:EncryptionKey"] = "ZGVtby1vbmx5LWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM=";
builder.Configuration["Credit:PersonalData:BlindIndexKey"] = "ZGVtby1vbmx5LWJsaW5kLWluZGV4LWtleS0zMmJ5dGU=";
builder.AddCreditPlatform(CreditModules.All);
if (arguments.ParseOnly)
{
    // Diagnostic: the importer's own share (read, decode, parse, validate, publicity, per-row derivations) with
    // the database writes left out. Never a stand-in for the real figure, which is measured without this flag.
    builder.Services.AddSingleton<Huzhou.Credit.Contracts.Records.ICreditRecordWriter, ParseOnlyWriter>();
}

await using var app = builder.Build();
await app.MigrateAsync();

var data = app.Services.GetRequiredService<NpgsqlDataSource>();
var subjects = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects");
if (subjects < 2_300_000)
{
    Report.Line($"seeding the full-scale city ({subjects:N0} subjects present) ...");
    var seedWatch = Stopwatch.StartNew();
    await app.SeedDemoCityAsync("full");
    Report.Line($"seeded in {seedWatch.Elapsed}");
}

Report.Line($"subjects: {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects"):N0}, records before: {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.credit_records"):N0}; outbox listener off: {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.outbox_messages WHERE dispatched_at IS NULL"):N0} undispatched events left alone");
var organisations = await PenaltyRows.LoadOrganisationsAsync(data);
Directory.CreateDirectory(arguments.WorkDir);
var file = Path.Combine(arguments.WorkDir, $"bench-penalties-{arguments.Records}.csv");
var generate = Stopwatch.StartNew();
var runId = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
long bytes = PenaltyRows.WriteCsv(file, organisations, arguments.Records, runId);
Report.Line($"generated {arguments.Records:N0} rows ({bytes / 1024 / 1024:N0} MB, GB18030) in {generate.Elapsed.TotalSeconds:0.0} s");

double? copyFirstRate = arguments.CopyFirst && !arguments.SkipCopy && !arguments.ParseOnly ? await RawCopyAsync() : null;
if (!arguments.ParseOnly)
{
    await SettleAsync("the pipeline");
}

// 1. End to end through the real pipeline: the collection job reads the stored file, validates each row against the
//    catalogue, computes its publicity period and hands it to the record store, which merges the batch at once.
long batchId;
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<CollectionDbContext>();
    var batch = new CollectionBatch
    {
        ItemCode = "XZCF",
        ItemVersion = 1,
        DepartmentCode = "HZ-SJJ",
        DistrictCode = "330500",
        Source = BatchSource.Upload,
        Status = BatchStatus.Queued,
        FileName = Path.GetFileName(file),
        StoredPath = file,
        FileSize = bytes,
        CreatedBy = "bench",
        CreatedAt = DateTimeOffset.UtcNow,
    };
    db.Batches.Add(batch);
    await db.SaveChangesAsync();
    batchId = batch.Id;
}

GC.Collect();
var baseline = Process.GetCurrentProcess().WorkingSet64;
var sampler = MemorySampler.Start();
var pipelineCpu = new PipelineCpu();
var pipeline = Stopwatch.StartNew();
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<CollectionJobs>().ProcessBatchAsync(batchId, CancellationToken.None);
}

pipeline.Stop();
var peak = await sampler.StopAsync();
var counts = await Sql.ScalarAsync<long[]>(data, $"SELECT ARRAY[status, received, inserted, updated, unchanged, rejected] FROM credit.collection_batches WHERE id = {batchId}");
var endToEnd = arguments.Records / pipeline.Elapsed.TotalSeconds;
Report.Line($"pipeline: {pipeline.Elapsed.TotalSeconds:0.0} s, {endToEnd:N0} records/s end to end; batch status {counts[0]}, received {counts[1]:N0}, inserted {counts[2]:N0}, updated {counts[3]:N0}, unchanged {counts[4]:N0}, rejected {counts[5]:N0}");
Report.Line($"memory: working set {baseline / 1024 / 1024:N0} MB before, peak {peak / 1024 / 1024:N0} MB during the pipeline");
Report.Line(pipelineCpu.Describe(arguments.Records));

if (arguments.ParseOnly)
{
    return 0;
}

// 2. The ceiling: the same rows, subject ids already resolved, by raw binary COPY into the same table (first, with
//    --copy-first: whichever runs second finds the index pages of the same subjects already in memory).
if (!arguments.SkipCopy && !arguments.CopyFirst)
{
    var copyRate = await RawCopyAsync();
    Report.Line($"pipeline / COPY = {endToEnd / copyRate:P0} (raw COPY after the pipeline)");
}
else if (copyFirstRate is { } firstRate)
{
    Report.Line($"pipeline / COPY = {endToEnd / firstRate:P0} (raw COPY before the pipeline)");
}

return 0;

async Task<double> RawCopyAsync()
{
    await SettleAsync("the raw COPY");
    var copy = Stopwatch.StartNew();
    var copied = await PenaltyRows.RawCopyAsync(data, organisations, arguments.Records, runId);
    copy.Stop();
    var copyRate = copied / copy.Elapsed.TotalSeconds;
    Report.Line($"raw COPY: {copied:N0} rows in {copy.Elapsed.TotalSeconds:0.0} s, {copyRate:N0} rows/s");
    return copyRate;
}

Task SettleAsync(string before) => Sql.SettleAsync(data, before, "credit.credit_records");

namespace Huzhou.Credit.Bench
{
    internal sealed record Arguments(string Command, int Records, string Connection, string WorkDir, bool SkipCopy, bool ParseOnly, bool CopyFirst)
    {
        public static Arguments Parse(string[] args)
        {
            string Value(string name, string fallback)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
            }

            return new Arguments(
                args.FirstOrDefault() ?? "",
                int.Parse(Value("--records", "10000000"), CultureInfo.InvariantCulture),
                Value("--connection", Environment.GetEnvironmentVariable("ConnectionStrings__Credit") ?? "Host=127.0.0.1;Port=55432;Database=huzhou_bench;Username=postgres"),
                Path.GetFullPath(Value("--work-dir", Path.Combine(".data", "bench"))),
                args.Contains("--skip-copy"),
                args.Contains("--parse-only"),
                args.Contains("--copy-first"));
        }
    }

    internal static class Database
    {
        /// <summary>Creates the benchmark database (UTF-8, C.UTF-8) when it does not exist yet.</summary>
        public static async Task EnsureExistsAsync(string connectionString)
        {
            var target = new NpgsqlConnectionStringBuilder(connectionString);
            var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" };
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = target.Database! } } };
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database}\" ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0", connection);
                await create.ExecuteNonQueryAsync();
            }
        }
    }

    internal static class Report
    {
        public static void Line(string text) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {text}");
    }

    /// <summary>Samples the process working set every 200 ms while the pipeline runs.</summary>
    internal sealed class MemorySampler
    {
        private readonly CancellationTokenSource _stop = new();
        private Task<long>? _task;

        public static MemorySampler Start()
        {
            var sampler = new MemorySampler();
            sampler._task = Task.Run(async () =>
            {
                long peak = 0;
                while (!sampler._stop.IsCancellationRequested)
                {
                    peak = Math.Max(peak, Process.GetCurrentProcess().WorkingSet64);
                    try
                    {
                        await Task.Delay(200, sampler._stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }

                return peak;
            });
            return sampler;
        }

        public async Task<long> StopAsync()
        {
            await _stop.CancelAsync();
            var peak = await _task!;
            _stop.Dispose();
            return peak;
        }
    }
}
