using System.Diagnostics;
using System.Globalization;
using System.Text;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.Web.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.Bench;

/// <summary>
/// Issue #6 §1, historic bulk import at the city's scale: 728,000 commitments (the city's count) as one XYCN file in
/// the standard Chinese columns, imported through the real collection pipeline, then the integration events of the
/// import handled as the running application would (the commitments sync creating every workflow row and the XYWN
/// record of every delivered breach, the check API's credit status, the grading marker, the dossier cache), timed
/// separately, with the process's peak working set.
/// </summary>
internal static class CommitmentsBench
{
    private static readonly string[] Headers =
        ["承诺主体名称", "统一社会信用代码", "承诺类型", "承诺事项", "承诺内容", "承诺书编号", "承诺日期", "承诺期限至", "承诺受理部门", "履约状态", "核查日期"];

    private static readonly (string Type, string Matter, string Department, int Months)[] Kinds =
    [
        ("01", "食品经营许可（告知承诺）", "湖州市市场监督管理局", 3),
        ("01", "建筑工程施工许可证核发（告知承诺制）", "湖州市住房和城乡建设局", 6),
        ("01", "排污许可证核发（告知承诺）", "湖州市生态环境局", 6),
        ("02", "市场主体主动信用承诺", "湖州市发展和改革委员会", 0),
        ("03", "工程建设领域农民工工资支付承诺", "湖州市人力资源和社会保障局", 12),
        ("04", "信用修复申请（信用承诺书）", "湖州市发展和改革委员会", 12),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var connection = Option(args, "--connection") ?? throw new ArgumentException("--connection is required");
        var count = int.Parse(Option(args, "--records") ?? "728000", CultureInfo.InvariantCulture);
        var workDir = Path.GetFullPath(Option(args, "--work-dir") ?? Path.Combine(".data", "bench"));
        Report.Line($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024} GiB, .NET {Environment.Version}; load average before: {PortalBench.LoadAverage()}");
        await Database.EnsureExistsAsync(connection);

        var builder = WebApplication.CreateBuilder(["--environment", "Production", BenchHost.NoConfigReload]);
        builder.Configuration["ConnectionStrings:Credit"] = connection;
        builder.Configuration["Hangfire:ServerEnabled"] = "false";
        builder.Configuration["Database:MigrateOnStart"] = "false";
        builder.Configuration["Collection:StoragePath"] = workDir;
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        builder.Configuration["Logging:Directory"] = Path.Combine(Path.GetTempPath(), "huzhou-bench-logs");
        builder.Configuration["Credit:PersonalData:EncryptionKey"] = "ZGVtby1vbmx5LWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM=";
        builder.Configuration["Credit:PersonalData:BlindIndexKey"] = "ZGVtby1vbmx5LWJsaW5kLWluZGV4LWtleS0zMmJ5dGU=";
        builder.AddCreditPlatform(CreditModules.All);
        await using var app = builder.Build();
        await app.MigrateAsync();
        var data = app.Services.GetRequiredService<NpgsqlDataSource>();
        if (await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects") < 2_300_000)
        {
            Report.Line("seeding the full-scale city ...");
            await app.SeedDemoCityAsync("full");
        }

        // The reference data of a release (new catalogue items such as XYWN, templates) as `seed` would add it.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<Huzhou.Credit.SharedKernel.Modules.IDemoSeeder>().Where(s => s.Order is > 0 and < 10).OrderBy(s => s.Order))
            {
                if (await seeder.SeedAsync(new Huzhou.Credit.SharedKernel.Modules.DemoSeedOptions(0, 0), CancellationToken.None) is { } seeded)
                {
                    Report.Line(seeded);
                }
            }
        }

        // Start from a drained outbox.
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchPendingAsync();
        Report.Line($"city: {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects"):N0} subjects, {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.credit_records"):N0} credit records, {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.commitments"):N0} commitments");

        var organisations = await PenaltyRows.LoadOrganisationsAsync(data);
        Directory.CreateDirectory(workDir);
        var file = Path.Combine(workDir, $"bench-commitments-{count}.csv");
        var runId = DateTime.UtcNow.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture);
        var bytes = WriteCsv(file, organisations, count, runId);
        Report.Line($"generated {count:N0} commitments ({bytes / 1024 / 1024:N0} MB, UTF-8, standard Chinese headers) for {Math.Min(count, organisations.Count):N0} organisations");

        long batchId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CollectionDbContext>();
            var batch = new CollectionBatch
            {
                ItemCode = "XYCN", ItemVersion = 1, DepartmentCode = "HZ-FGW", DistrictCode = "330500", Source = BatchSource.Upload, Status = BatchStatus.Queued,
                FileName = Path.GetFileName(file), StoredPath = file, FileSize = bytes, CreatedBy = "bench", CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Batches.Add(batch);
            await db.SaveChangesAsync();
            batchId = batch.Id;
        }

        GC.Collect();
        var sampler = MemorySampler.Start();
        var import = Stopwatch.StartNew();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CollectionJobs>().ProcessBatchAsync(batchId, CancellationToken.None);
        }

        import.Stop();
        var counts = await Sql.ScalarAsync<long[]>(data, $"SELECT ARRAY[status, received, inserted, updated, unchanged, rejected] FROM credit.collection_batches WHERE id = {batchId}");
        Report.Line($"import: {import.Elapsed.TotalSeconds:0.0} s, {count / import.Elapsed.TotalSeconds:N0} records/s; batch status {counts[0]}, inserted {counts[2]:N0}, updated {counts[3]:N0}, unchanged {counts[4]:N0}, rejected {counts[5]:N0}");

        // The commitments sync as the outbox hands it the import's events: chunks of 10,000 subjects (the message size).
        var before = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.commitments");
        var touched = new List<long>();
        await using (var ids = data.CreateCommand($"SELECT DISTINCT subject_id FROM credit.credit_records WHERE item_code = 'XYCN' AND batch_id = {batchId}"))
        {
            ids.CommandTimeout = 0;
            await using var reader = await ids.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                touched.Add(reader.GetInt64(0));
            }
        }

        var sync = Stopwatch.StartNew();
        foreach (var chunk in touched.Chunk(Huzhou.Credit.Contracts.Records.CreditRecordsChanged.MaxSubjectsPerMessage))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Huzhou.Credit.Commitments.Features.CommitmentSync>().HandleAsync(new Huzhou.Credit.Contracts.Records.CreditRecordsChanged(chunk), CancellationToken.None);
        }

        sync.Stop();
        var peak = await sampler.StopAsync();
        var after = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.commitments");
        var breaches = await Sql.ScalarAsync<long>(data, $"SELECT count(*) FROM credit.commitments WHERE status = 3 AND number LIKE 'BCN{runId}%'");
        var breachRecords = await Sql.ScalarAsync<long>(data, $"SELECT count(*) FROM credit.credit_records WHERE item_code = 'XYWN' AND source_key LIKE 'WN-BCN{runId}%'");
        Report.Line($"commitments sync: {touched.Count:N0} subjects in {sync.Elapsed.TotalSeconds:0.0} s; commitments {before:N0} → {after:N0} (+{after - before:N0}, {(after - before) / sync.Elapsed.TotalSeconds:N0} rows/s); {breaches:N0} breaches with {breachRecords:N0} XYWN records");
        Report.Line($"import + sync: {(import.Elapsed + sync.Elapsed).TotalSeconds:0.0} s; peak working set {peak / 1024 / 1024:N0} MB");

        // The import's events are still in the outbox for the other handlers (credit status, grading marker, dossier cache);
        // with --drain they are handled now and timed (the commitments sync then runs again and changes nothing).
        if (args.Contains("--drain"))
        {
            var drain = Stopwatch.StartNew();
            var handled = await dispatcher.DispatchPendingAsync();
            Report.Line($"every handler of the import's events: {handled:N0} messages in {drain.Elapsed.TotalSeconds:0.0} s");
        }

        return 0;
    }

    private static long WriteCsv(string path, IReadOnlyList<(long Id, string Uscc, string Name)> organisations, int count, string runId)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write(string.Join(',', Headers));
            writer.Write("\r\n");
            for (var i = 0; i < count; i++)
            {
                var org = organisations[(int)((i * 7919L) % organisations.Count)];
                var kind = Kinds[i % Kinds.Length];
                var signed = today.AddDays(-(i % 1500));
                DateOnly? due = kind.Months > 0 ? signed.AddMonths(kind.Months) : null;
                // Past its term: 96 % kept, 2 % breached, 2 % still waiting for the department's check.
                var status = due is { } d && d < today ? (i % 50 == 7 ? "3" : i % 50 == 9 ? "1" : "2") : "1";
                writer.Write(org.Name);
                writer.Write(',');
                writer.Write(org.Uscc);
                writer.Write(',');
                writer.Write(kind.Type);
                writer.Write(',');
                writer.Write(kind.Matter);
                writer.Write(",本单位郑重承诺所提交材料真实有效，按期履行承诺事项，如违背承诺自愿接受处理并同意记入信用记录。,");
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"BCN{runId}{i:D7}"));
                writer.Write(',');
                writer.Write(signed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
                writer.Write(',');
                writer.Write(kind.Department);
                writer.Write(',');
                writer.Write(status);
                writer.Write(',');
                writer.Write(status is "2" or "3" && due is { } v ? v.AddDays(10) > today ? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : v.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");
                writer.Write("\r\n");
            }
        }

        return new FileInfo(path).Length;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
