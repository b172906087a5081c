using System.Diagnostics;
using System.Globalization;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.Subjects.Seed;
using Huzhou.Credit.Web.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.Bench;

/// <summary>
/// Issue #4 §6: the public portal's name search through the real <see cref="IPublicRegistry"/> (on the full city and on a
/// city of 1.2 million organisations) and the public dossier page as real HTTP server time (the app served by Kestrel on a
/// local port: routing, rate limiter, queries, view rendering). Usage:
/// <code>
/// dotnet run -c Release --no-build --project bench/Huzhou.Credit.Bench -- portal \
///     --connection "Host=127.0.0.1;Port=55432;Database=huzhou_bench;Username=postgres" --organisations-db huzhou_bench_orgs
/// </code>
/// The first run prepares what is missing: subjects with exactly 500 records in the city database, and the second
/// database with 1.2 million organisations (plus the city's 2.24 million persons), seeded by the demo-city generator.
/// </summary>
internal static class PortalBench
{
    public const int DossierRecords = 500;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = PortalOptions.Parse(args);
        Report.Line($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024} GiB, {Environment.OSVersion}, .NET {Environment.Version}; load average before: {LoadAverage()}");

        // The organisations database first: its search reads a few GB, so the city's dossier pages afterwards do not find
        // the record store left in shared buffers by the preparation.
        if (options.OrganisationsConnection is { } organisations)
        {
            await Database.EnsureExistsAsync(organisations);
            await using var app = BuildApp(organisations, options.WorkDir, url: null);
            await app.MigrateAsync();
            var data = app.Services.GetRequiredService<NpgsqlDataSource>();
            await EnsureOrganisationsAsync(app.Services, data, options.Organisations);
            await VacuumNamePostingsAsync(data);
            Report.Line($"organisations database: {Describe(organisations)}; {await CitySizeAsync(data)}");
            if (!options.PrepareOnly)
            {
                await SearchScenarios.RunAsync(app.Services, data, $"{options.Organisations:N0} organisations", options);
            }
        }

        if (!options.SkipCity)
        {
            await Database.EnsureExistsAsync(options.Connection);
            await using var app = BuildApp(options.Connection, options.WorkDir, options.Url);
            await app.MigrateAsync();
            var data = app.Services.GetRequiredService<NpgsqlDataSource>();
            await VacuumNamePostingsAsync(data);
            Report.Line($"city database: {Describe(options.Connection)}; {await CitySizeAsync(data)}");
            var dossiers = await DossierSubjects.EnsureAsync(app.Services, options.DossierSubjects + options.ColdSubjects, DossierRecords);
            if (!options.PrepareOnly)
            {
                await app.UseCreditPlatformWithTimingAsync();
                await app.StartAsync();
                Report.Line($"serving on {options.Url} (Kestrel, Release, Development environment, request logging below Warning, rate limit raised)");
                await DossierScenarios.RunAsync(app.Services, data, dossiers.Take(options.DossierSubjects).ToList(), dossiers.Skip(options.DossierSubjects).ToList(), options);
                await SearchScenarios.RunAsync(app.Services, data, "city (120,000 organisations)", options);
                await app.StopAsync();
            }
        }

        Report.Line($"load average after: {LoadAverage()}");
        return 0;
    }

    /// <summary>The same host the web app builds, without Hangfire's server and with the public rate limit out of the way.</summary>
    private static WebApplication BuildApp(string connection, string workDir, string? url)
    {
        var webProject = FindWebProject();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The host's assembly is the application (as WebApplicationFactory does): MVC finds its controllers and
            // compiled views (the layout, error pages) from it.
            ApplicationName = typeof(CreditModules).Assembly.GetName().Name,
            EnvironmentName = "Development",
            ContentRootPath = webProject,
            WebRootPath = webProject is null ? null : Path.Combine(webProject, "wwwroot"),
        });
        builder.Configuration["ConnectionStrings:Credit"] = connection;
        builder.Configuration["Hangfire:ServerEnabled"] = "false";
        builder.Configuration["Database:MigrateOnStart"] = "false";
        builder.Configuration["Collection:StoragePath"] = workDir;
        builder.Configuration["Logging:Directory"] = Path.Combine(workDir, "logs");
        // One line per request on the console would drown the report; warnings and errors still show.
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        // The bench is one client address asking thousands of times a minute.
        builder.Configuration["Dossier:PublicRequestsPerMinute"] = "10000000";
        builder.Configuration["Credit:PersonalData:EncryptionKey"] = "ZGVtby1vbmx5LWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM=";
        builder.Configuration["Credit:PersonalData:BlindIndexKey"] = "ZGVtby1vbmx5LWJsaW5kLWluZGV4LWtleS0zMmJ5dGU=";
        if (url is not null)
        {
            builder.WebHost.UseUrls(url);
        }

        builder.AddCreditPlatform(CreditModules.All);
        return builder.Build();
    }

    /// <summary>
    /// The app's own pipeline with one middleware in front that times every request from its start until the response
    /// is complete (everything the server does, nothing of the loopback network).
    /// </summary>
    private static async Task UseCreditPlatformWithTimingAsync(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var start = Stopwatch.GetTimestamp();
            await next(context);
            ServerTiming.Last = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        });
        await app.UseCreditPlatformAsync();
    }

    private static async Task EnsureOrganisationsAsync(IServiceProvider services, NpgsqlDataSource data, int organisations)
    {
        var have = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects WHERE kind <> 5");
        if (have >= organisations)
        {
            return;
        }

        // The demo-city generator's organisations 0 .. N-1 (deterministic, the same names and codes the full city starts
        // with), then the same 2.24 million persons as the full city, written by the seeder's binary COPY.
        Report.Line($"seeding {organisations:N0} organisations and {DemoSeedOptions.FullCity.Persons:N0} persons ({have:N0} organisations present) ...");
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<SubjectsDemoSeeder>().Single();
        var summary = await seeder.SeedAsync(new DemoSeedOptions(organisations, DemoSeedOptions.FullCity.Persons), CancellationToken.None);
        Report.Line($"seeded in {watch.Elapsed}: {summary}");
    }

    /// <summary>
    /// After a bulk load (the seeding above, or the migration that fills the postings) the visibility map is set by
    /// autovacuum within minutes; the bench does not wait for it. On a table already vacuumed this takes a moment.
    /// </summary>
    private static async Task VacuumNamePostingsAsync(NpgsqlDataSource data)
    {
        var watch = Stopwatch.StartNew();
        await using var vacuum = data.CreateCommand("VACUUM (ANALYZE) credit.subjects, credit.organisation_name_bigrams");
        vacuum.CommandTimeout = 0;
        await vacuum.ExecuteNonQueryAsync();
        Report.Line($"VACUUM (ANALYZE) of subjects and name postings: {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task<string> CitySizeAsync(NpgsqlDataSource data)
    {
        var organisations = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects WHERE kind <> 5");
        var persons = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects WHERE kind = 5");
        var records = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.credit_records");
        return $"{organisations:N0} organisations, {persons:N0} persons, {records:N0} credit records";
    }

    private static string Describe(string connection)
    {
        var b = new NpgsqlConnectionStringBuilder(connection);
        return $"{b.Database} on {b.Host}:{b.Port}";
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string? FindWebProject()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "src", "Huzhou.Credit.Web");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

/// <summary>The server time of the request that completed last (the bench sends one request at a time).</summary>
internal static class ServerTiming
{
    private static double _last;

    public static double Last
    {
        get => Volatile.Read(ref _last);
        set => Volatile.Write(ref _last, value);
    }
}

internal sealed record PortalOptions(
    string Connection,
    string? OrganisationsConnection,
    int Organisations,
    int Iterations,
    int DossierSubjects,
    int ColdSubjects,
    string Url,
    string WorkDir,
    bool PrepareOnly,
    bool SkipCity)
{
    public static PortalOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        var connection = Value("--connection") ?? Environment.GetEnvironmentVariable("ConnectionStrings__Credit") ?? "Host=127.0.0.1;Port=55432;Database=huzhou_bench;Username=postgres";
        var organisations = Value("--organisations-db");
        if (organisations is not null && !organisations.Contains('=', StringComparison.Ordinal))
        {
            // A bare name: the same server as the city database.
            organisations = new NpgsqlConnectionStringBuilder(connection) { Database = organisations }.ConnectionString;
        }

        return new PortalOptions(
            connection,
            organisations,
            int.Parse(Value("--organisations") ?? "1200000", CultureInfo.InvariantCulture),
            int.Parse(Value("--iterations") ?? "400", CultureInfo.InvariantCulture),
            int.Parse(Value("--dossier-subjects") ?? "5", CultureInfo.InvariantCulture),
            int.Parse(Value("--cold-subjects") ?? "100", CultureInfo.InvariantCulture),
            Value("--url") ?? "http://127.0.0.1:5097",
            Path.GetFullPath(Value("--work-dir") ?? Path.Combine(".data", "bench")),
            args.Contains("--prepare-only"),
            args.Contains("--skip-city"));
    }
}

internal static class Sql
{
    public static async Task<T> ScalarAsync<T>(NpgsqlDataSource data, string sql, params object[] parameters)
    {
        await using var command = data.CreateCommand(sql);
        command.CommandTimeout = 0;
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Puts the database in the same state before each measured phase: the given tables vacuumed and analysed, so
    /// autovacuum has nothing due while the phase runs (the vacuum of the collection bench's rolled-back raw COPY took a
    /// quarter of a core in <c>perf</c> during the next phase; an autoanalyze of the 16-million-row check log read
    /// 30,000 random pages in the middle of a measured run of the checks bench), and a fresh checkpoint (each phase
    /// pays the full-page images of the pages it touches first).
    /// </summary>
    public static async Task SettleAsync(NpgsqlDataSource data, string before, params string[] tables)
    {
        var settle = Stopwatch.StartNew();
        var settled = new List<string>();
        foreach (var table in tables)
        {
            // A table with nothing for autovacuum or autoanalyze to do (no dead rows, no rows changed or inserted since
            // its last vacuum and analyze) is left alone: vacuuming it would only read it.
            var pending = await ScalarAsync<long>(data, $"""
                SELECT coalesce(n_dead_tup + n_mod_since_analyze + n_ins_since_vacuum, 1)
                FROM pg_stat_user_tables WHERE relid = '{table}'::regclass
                """);
            if (pending == 0)
            {
                continue;
            }

            await using var command = data.CreateCommand($"VACUUM (ANALYZE) {table}");
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync();
            settled.Add(table);
        }

        await using (var checkpoint = data.CreateCommand("CHECKPOINT"))
        {
            checkpoint.CommandTimeout = 0;
            await checkpoint.ExecuteNonQueryAsync();
        }

        var skipped = tables.Except(settled).ToList();
        Report.Line($"settled before {before} (VACUUM (ANALYZE) {(settled.Count == 0 ? "of no table" : string.Join(", ", settled))}{(skipped.Count == 0 ? "" : $", nothing pending in {string.Join(", ", skipped)}")}; CHECKPOINT) in {settle.Elapsed.TotalSeconds:0.0} s (not measured)");
    }
}
