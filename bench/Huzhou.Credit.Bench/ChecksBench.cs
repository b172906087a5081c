using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.Web.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.Bench;

/// <summary>
/// Issue #5 §5: the check API <c>POST /api/v1/checks</c> under load — N concurrent keep-alive clients on the same
/// machine as the app (served by Kestrel in this process) and the database — then <c>pgbench -S</c> with the same
/// number of clients as the machine's ceiling. Usage:
/// <code>
/// dotnet run -c Release --project bench/Huzhou.Credit.Bench -- checks \
///     --connection "Host=127.0.0.1;Port=55432;Database=huzhou_bench;Username=postgres" [--seconds 30] [--clients 32]
/// </code>
/// Migrates; seeds the Lists and Sanctions demo data only when the sanctions tables are empty; issues an API client
/// with scope <c>checks:write</c> (key hashed as the Identity module stores it, rate limit out of the way). pgbench runs
/// in its own small database <c>pgbench_ceiling</c> (<c>pgbench -i -s 10</c>, created once) on the same cluster, so the
/// city database is never touched by it.
/// </summary>
internal static class ChecksBench
{
    private const string PgBin = "/usr/lib/postgresql/15/bin";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = ChecksOptions.Parse(args);
        Report.Line($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024} GiB, {Environment.OSVersion}, .NET {Environment.Version}; load average before: {PortalBench.LoadAverage()}");
        await Database.EnsureExistsAsync(options.Connection);

        CheckRun run;
        await using (var app = BuildApp(options))
        {
            await app.MigrateAsync();
            var data = app.Services.GetRequiredService<NpgsqlDataSource>();
            var subjects = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects");
            if (subjects < 2_300_000)
            {
                Report.Line($"seeding the full-scale city ({subjects:N0} subjects present) ...");
                await app.SeedDemoCityAsync("full");
            }

            await SeedSanctionsAsync(app.Services, data);
            await EnsureCreditStatusAsync(app.Services, data);
            Report.Line($"city: {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects WHERE kind <> 5"):N0} organisations, {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects WHERE kind = 5"):N0} persons, {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.credit_records"):N0} credit records, {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.list_entries"):N0} list entries, {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.sanction_matters"):N0} matters, {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.sanction_rules"):N0} rules");

            var key = await IssueApiClientAsync(data);
            var bodies = await BodiesAsync(data);
            // The answers counted by status where they are made (wrk's script parses no answer: see scripts/checks.lua).
            var answers = new CheckAnswerCounter();
            app.Use(answers.InvokeAsync);
            await app.UseCreditPlatformAsync();
            await app.StartAsync();
            await Sql.SettleAsync(data, "the load", "credit.sanction_checks", "credit.sanction_credit_status", "credit.credit_records");
            Report.Line($"serving on {options.Url} (Kestrel, Release, {options.EnvironmentName} environment, logging at Warning, Hangfire server off, outbox listener off: {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.outbox_messages WHERE dispatched_at IS NULL")} undispatched events left alone)");
            run = options.Generator == "wrk" ? await DriveWrkAsync(data, options, key, bodies, answers) : await DriveAsync(data, options, key, bodies);
            await app.StopAsync();
        }

        var ceiling = await PgbenchAsync(options);
        if (ceiling > 0)
        {
            Report.Line($"ratio: {run.ChecksPerSecond:N0} checks/s ÷ {ceiling:N0} pgbench -S TPS = {run.ChecksPerSecond / ceiling:P1}");
        }

        var met = run.ChecksPerSecond >= 4000 && run.P99 <= 20 && run.Lost == 0;
        Report.Line($"target (≥ 4,000 checks/s, p99 ≤ 20 ms at {options.Clients} clients, none lost): {(met ? "MET" : "NOT MET")}");
        Report.Line($"load average after: {PortalBench.LoadAverage()}");
        return 0;
    }

    private static WebApplication BuildApp(ChecksOptions options)
    {
        var webProject = FindWebProject();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(CreditModules).Assembly.GetName().Name,
            EnvironmentName = options.EnvironmentName,
            ContentRootPath = webProject,
            WebRootPath = webProject is null ? null : Path.Combine(webProject, "wwwroot"),
        });
        builder.Configuration["ConnectionStrings:Credit"] = options.Connection;
        builder.Configuration["Hangfire:ServerEnabled"] = "false";
        // No event dispatch while measuring: a backlog of integration events left in the city database by other
        // benches (record deliveries: credit-records-changed for hundreds of thousands of subjects) would otherwise
        // be projected into the credit status by this process during the run, and counted as the checks' CPU.
        builder.Configuration["Outbox:ListenerEnabled"] = "false";
        builder.Configuration["Database:MigrateOnStart"] = "false";
        builder.Configuration["Collection:StoragePath"] = options.WorkDir;
        builder.Configuration["Logging:Directory"] = Path.Combine(options.WorkDir, "logs");
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        builder.Configuration["Credit:PersonalData:EncryptionKey"] = "ZGVtby1vbmx5LWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM=";
        builder.Configuration["Credit:PersonalData:BlindIndexKey"] = "ZGVtby1vbmx5LWJsaW5kLWluZGV4LWtleS0zMmJ5dGU=";
        builder.WebHost.UseUrls(options.Url);
        builder.AddCreditPlatform(CreditModules.All);
        return builder.Build();
    }

    /// <summary>The Lists and Sanctions demo seeders (list types, demo entries, measures, matters, rule set v1, demo checks), only when the sanctions tables are empty.</summary>
    private static async Task SeedSanctionsAsync(IServiceProvider services, NpgsqlDataSource data)
    {
        if (await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.sanction_matters") > 0
            && await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.sanction_rule_sets") > 0)
        {
            return;
        }

        Report.Line("sanctions tables empty: running the Lists and Sanctions demo seeders ...");
        await using var scope = services.CreateAsyncScope();
        var seeders = scope.ServiceProvider.GetServices<IDemoSeeder>()
            .Where(s => s.GetType().Namespace is { } ns && (ns.StartsWith("Huzhou.Credit.Lists", StringComparison.Ordinal) || ns.StartsWith("Huzhou.Credit.Sanctions", StringComparison.Ordinal)))
            .OrderBy(s => s.Order);
        foreach (var seeder in seeders)
        {
            var summary = await seeder.SeedAsync(DemoSeedOptions.FullCity, CancellationToken.None);
            Report.Line($"  {seeder.GetType().Name}: {summary ?? "nothing to add"}");
        }
    }

    /// <summary>
    /// The per-subject credit status the checks read: built once for the whole city by the rebuild job (timed: the
    /// full-city rebuild figure), then kept by events.
    /// </summary>
    private static async Task EnsureCreditStatusAsync(IServiceProvider services, NpgsqlDataSource data)
    {
        if (await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.sanction_credit_status_rebuilds WHERE finished_at IS NOT NULL") > 0)
        {
            Report.Line($"credit status: {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.sanction_credit_status"):N0} rows (built earlier)");
            return;
        }

        Report.Line("credit status: building it for every subject (CreditStatusRebuildJob) ...");
        var started = Stopwatch.GetTimestamp();
        await using var scope = services.CreateAsyncScope();
        var subjects = await scope.ServiceProvider.GetRequiredService<Huzhou.Credit.Sanctions.Jobs.CreditStatusRebuildJob>().RunAsync("bench", CancellationToken.None);
        var elapsed = Stopwatch.GetElapsedTime(started);
        Report.Line($"credit status: {subjects:N0} subjects in {elapsed.TotalSeconds:N1} s ({subjects / elapsed.TotalSeconds:N0} subjects/s); table {await Sql.ScalarAsync<string>(data, "SELECT pg_size_pretty(pg_total_relation_size('credit.sanction_credit_status'))")}");
    }

    /// <summary>An API client as the admin page issues it: <c>hzc_&lt;prefix&gt;_&lt;secret&gt;</c>, only the SHA-256 of the key stored.</summary>
    private static async Task<string> IssueApiClientAsync(NpgsqlDataSource data)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = $"hzc_{prefix}_{secret}";
        await using var insert = data.CreateCommand(
            """
            INSERT INTO credit.api_clients (name, department_id, key_prefix, key_hash, scopes, rate_limit_per_minute, created_at, created_by)
            SELECT $1, (SELECT min(id) FROM credit.departments WHERE is_active), $2, $3, ARRAY['checks:write'], 1000000000, now(), 'bench'
            """);
        insert.Parameters.Add(new() { Value = $"压测客户端 {DateTime.UtcNow:yyyyMMddHHmmss}" });
        insert.Parameters.Add(new() { Value = prefix });
        insert.Parameters.Add(new() { Value = SHA256.HashData(Encoding.UTF8.GetBytes(key)) });
        await insert.ExecuteNonQueryAsync();
        Report.Line($"issued API client hzc_{prefix} (checks:write, 1,000,000,000 requests/min)");
        return key;
    }

    /// <summary>
    /// 4,096 request bodies: 85 % random organisations of the registry (half with their name, a few with a wrong one),
    /// 10 % organisations on a list, 5 % valid credit codes no subject has; matters and stages rotate.
    /// </summary>
    private static async Task<byte[][]> BodiesAsync(NpgsqlDataSource data)
    {
        var organisations = new List<(string Code, string Name)>();
        await using (var command = data.CreateCommand("SELECT uscc, name FROM credit.subjects WHERE kind <> 5 AND uscc IS NOT NULL"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                organisations.Add((reader.GetString(0).Trim(), reader.GetString(1)));
            }
        }

        var listed = new List<(string Code, string Name)>();
        await using (var command = data.CreateCommand("SELECT DISTINCT subject_code, subject_name FROM credit.list_entries WHERE NOT subject_is_person"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                listed.Add((reader.GetString(0).Trim(), reader.GetString(1)));
            }
        }

        var matters = new List<string>();
        await using (var command = data.CreateCommand("SELECT code FROM credit.sanction_matters ORDER BY code"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                matters.Add(reader.GetString(0));
            }
        }

        var known = organisations.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var random = new Random(20261127);
        var unknown = new List<string>();
        while (unknown.Count < 200)
        {
            var code = UnifiedSocialCreditCode.Compose("91", "330502", "WX" + random.Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture)).Value;
            if (!known.Contains(code))
            {
                unknown.Add(code);
            }
        }

        string[] stages = ["受理", "办理", "办结"];
        var bodies = new byte[4096][];
        var counts = new int[3];
        for (var i = 0; i < bodies.Length; i++)
        {
            var roll = random.Next(100);
            string code;
            string? name = null;
            if (roll < 85 || listed.Count == 0)
            {
                var o = organisations[random.Next(organisations.Count)];
                code = o.Code;
                name = random.Next(10) switch { < 5 => o.Name, 5 => o.Name + "（旧名）", _ => null };
                counts[0]++;
            }
            else if (roll < 95)
            {
                var o = listed[random.Next(listed.Count)];
                code = o.Code;
                name = o.Name;
                counts[1]++;
            }
            else
            {
                code = unknown[random.Next(unknown.Count)];
                counts[2]++;
            }

            bodies[i] = JsonSerializer.SerializeToUtf8Bytes(new
            {
                code,
                name,
                matter = matters[random.Next(matters.Count)],
                stage = stages[random.Next(stages.Length)],
                reference = $"BENCH-{i:D5}",
            });
        }

        Report.Line($"request bodies: {bodies.Length:N0} over {organisations.Count:N0} organisations, {listed.Count} listed organisations, {unknown.Count} unknown codes, {matters.Count} matters, 3 stages; mix {counts[0]} registry / {counts[1]} listed / {counts[2]} unknown");
        return bodies;
    }

    private static async Task<CheckRun> DriveAsync(NpgsqlDataSource data, ChecksOptions options, string key, byte[][] bodies)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Clients,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var json = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        // One check by hand: the answer is what the API documents.
        using (var probe = new ByteArrayContent(bodies[0]))
        {
            probe.Headers.ContentType = json;
            using var answer = await http.PostAsync("/api/v1/checks", probe);
            var text = await answer.Content.ReadAsStringAsync();
            Report.Line($"probe: {(int)answer.StatusCode} {text[..Math.Min(text.Length, 300)]}");
            if (answer.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound))
            {
                throw new InvalidOperationException("the check API did not answer the probe with 200/404");
            }
        }

        var rowsBefore = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.sanction_checks");
        var warmUp = TimeSpan.FromSeconds(options.WarmUpSeconds);
        var measure = TimeSpan.FromSeconds(options.Seconds);
        var clock = Stopwatch.StartNew();
        var measureStart = warmUp;
        var end = warmUp + measure;
        var latencies = new List<double>[options.Clients];
        var statuses = new Dictionary<int, long>[options.Clients];
        var allStatuses = new Dictionary<int, long>[options.Clients];
        var failures = new long[options.Clients];
        var database = (Before: default(DbStats), After: default(DbStats));
        var cpu = (Before: default(CpuStats), After: default(CpuStats));

        var sampler = Task.Run(async () =>
        {
            await Task.Delay(measureStart);
            database.Before = await DbStats.ReadAsync(data);
            cpu.Before = CpuStats.Read();
            await Task.Delay(measure);
            database.After = await DbStats.ReadAsync(data);
            cpu.After = CpuStats.Read();
        });

        var loops = Enumerable.Range(0, options.Clients).Select(client => Task.Run(async () =>
        {
            var mine = new List<double>(1 << 16);
            var codes = new Dictionary<int, long>();
            var every = new Dictionary<int, long>();
            latencies[client] = mine;
            statuses[client] = codes;
            allStatuses[client] = every;
            var i = client * 131;
            while (true)
            {
                var started = clock.Elapsed;
                if (started >= end)
                {
                    break;
                }

                var body = bodies[i++ % bodies.Length];
                int status;
                try
                {
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = json;
                    using var response = await http.PostAsync("/api/v1/checks", content);
                    await response.Content.LoadIntoBufferAsync();
                    status = (int)response.StatusCode;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    status = 0;
                    failures[client]++;
                }

                var finished = clock.Elapsed;
                every[status] = every.GetValueOrDefault(status) + 1;
                if (started >= measureStart && finished <= end)
                {
                    mine.Add((finished - started).TotalMilliseconds);
                    codes[status] = codes.GetValueOrDefault(status) + 1;
                }
            }
        })).ToArray();

        Report.Line($"driving: {options.Clients} clients, {warmUp.TotalSeconds:0} s warm-up then {measure.TotalSeconds:0} s measured ...");
        // Runtime costs over the whole drive (warm-up included), per answer: allocation, collections, exceptions.
        long exceptions = 0;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e) => Interlocked.Increment(ref exceptions);
        AppDomain.CurrentDomain.FirstChanceException += Count;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        await Task.WhenAll(loops);
        await sampler;
        AppDomain.CurrentDomain.FirstChanceException -= Count;
        var driven = Math.Max(1, allStatuses.SelectMany(s => s).Sum(s => s.Value));
        Report.Line($"runtime (app + load generator, whole drive): {(GC.GetTotalAllocatedBytes() - allocatedBefore) / driven / 1024.0:N1} KiB allocated per check; GCs gen0/1/2 {GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}; {exceptions:N0} first-chance exceptions; server GC {System.Runtime.GCSettings.IsServerGC}");

        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        double Percentile(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
        var measured = statuses.SelectMany(s => s).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        var total = allStatuses.SelectMany(s => s).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        var rate = all.Length / measure.TotalSeconds;
        var ok = measured.GetValueOrDefault(200) + measured.GetValueOrDefault(404);
        Report.Line($"checks: {all.Length:N0} answered in {measure.TotalSeconds:0} s = {rate:N0} checks/s ({ok / measure.TotalSeconds:N0}/s answered 200/404)");
        Report.Line($"latency (client side, ms): p50 {Percentile(0.50):0.0}, p95 {Percentile(0.95):0.0}, p99 {Percentile(0.99):0.0}, max {all.LastOrDefault():0.0}, mean {(all.Length == 0 ? 0 : all.Average()):0.0}");
        Report.Line($"status (measured window): {string.Join(", ", measured.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "transport error" : s.Key.ToString(CultureInfo.InvariantCulture))}: {s.Value:N0}"))}");
        Report.Line($"status (warm-up + measured): {string.Join(", ", total.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "transport error" : s.Key.ToString(CultureInfo.InvariantCulture))}: {s.Value:N0}"))}");

        var rowsAfter = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.sanction_checks");
        var answered = total.GetValueOrDefault(200) + total.GetValueOrDefault(404);
        var lost = answered - (rowsAfter - rowsBefore);
        Report.Line($"check log: credit.sanction_checks {rowsBefore:N0} → {rowsAfter:N0} (+{rowsAfter - rowsBefore:N0}); 200/404 answers {answered:N0}; {(lost == 0 ? "none lost" : $"MISMATCH {lost:N0}")}");

        var checks = Math.Max(1, all.Length);
        var d = database.After - database.Before;
        Report.Line($"database per check (measured window, whole cluster): {(double)d.Commits / checks:0.00} transactions, {(double)d.Fetched / checks:0.0} tuples fetched, {(double)d.Returned / checks:0.0} tuples returned, {(double)d.Inserted / checks:0.00} tuples inserted, {(double)d.BlocksRead / checks:0.00} blocks read from disk");
        Report.Line(d.WalLine(checks));
        var c = cpu.After - cpu.Before;
        var machine = Math.Max(1, c.MachineBusy);
        Report.Line($"CPU (measured window): machine {100.0 * c.MachineBusy / Math.Max(1, c.MachineTotal):0}% busy of {Environment.ProcessorCount} cores; of the busy time: this process (app + load generator) {100.0 * c.ProcessTicks / machine:0}%, PostgreSQL backends {100.0 * c.PostgresTicks / machine:0}%, other {100.0 * (machine - c.ProcessTicks - c.PostgresTicks) / machine:0}%; user {100.0 * c.User / machine:0}% / system+irq {100.0 * c.SystemIrq / machine:0}%; stolen by the hypervisor {100.0 * c.Steal / Math.Max(1, c.MachineTotal):0}% of the machine's time");
        return new CheckRun(rate, Percentile(0.99), lost);
    }

    private static async Task<double> PgbenchAsync(ChecksOptions options)
    {
        var city = new NpgsqlConnectionStringBuilder(options.Connection);
        var ceiling = new NpgsqlConnectionStringBuilder(options.Connection) { Database = "pgbench_ceiling" };
        await Database.EnsureExistsAsync(ceiling.ConnectionString);
        await using (var connection = new NpgsqlConnection(ceiling.ConnectionString))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT to_regclass('public.pgbench_accounts') IS NOT NULL", connection);
            if (!(bool)(await exists.ExecuteScalarAsync())!)
            {
                Report.Line("pgbench -i -s 10 into pgbench_ceiling ...");
                await RunAsync($"{PgBin}/pgbench", $"-i -s 10 -q -h {city.Host} -p {city.Port} -U {city.Username} pgbench_ceiling");
            }
        }

        var arguments = $"-S -c {options.Clients} -j 2 -T {options.Seconds} -n -h {city.Host} -p {city.Port} -U {city.Username} pgbench_ceiling";
        Report.Line($"pgbench {arguments} ...");
        var output = await RunAsync($"{PgBin}/pgbench", arguments);
        double tps = 0;
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("latency", StringComparison.Ordinal) || line.StartsWith("number of transactions actually", StringComparison.Ordinal))
            {
                Report.Line($"  {line.Trim()}");
            }

            if (line.StartsWith("tps = ", StringComparison.Ordinal))
            {
                Report.Line($"  {line.Trim()}");
                tps = double.Parse(line["tps = ".Length..].Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return tps;
    }

    private static async Task<string> RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}: {await stderr}");
        }

        return await stdout + await stderr;
    }

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

    private sealed record CheckRun(double ChecksPerSecond, double P99, long Lost);

    /// <summary>
    /// The load from wrk (<c>scripts/checks.lua</c>): 2 threads, <c>--clients</c> connections, the same 4,096 bodies in
    /// rotation; a warm-up run, then the measured run. wrk's latency is per request from its own clock (coordinated
    /// omission not corrected: closed loop, as the in-process driver). Its CPU is read from /proc while it runs.
    /// </summary>
    private static async Task<CheckRun> DriveWrkAsync(NpgsqlDataSource data, ChecksOptions options, string key, byte[][] bodies, CheckAnswerCounter answers)
    {
        var script = new[] { Path.Combine("bench", "Huzhou.Credit.Bench", "scripts", "checks.lua"), Path.Combine(AppContext.BaseDirectory, "scripts", "checks.lua") }
            .Select(Path.GetFullPath).FirstOrDefault(File.Exists) ?? throw new FileNotFoundException("bench/Huzhou.Credit.Bench/scripts/checks.lua not found (run from the repository root)");
        Directory.CreateDirectory(options.WorkDir);
        var bodiesFile = Path.Combine(options.WorkDir, "check-bodies.jsonl");
        await File.WriteAllLinesAsync(bodiesFile, bodies.Select(b => System.Text.Encoding.UTF8.GetString(b)));

        var rowsBefore = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.sanction_checks");
        var answersBefore = answers.Read();
        Report.Line($"driving with wrk: {options.Clients} connections, {options.WrkThreads} thread(s), {options.WarmUpSeconds} s warm-up run then {options.Seconds} s measured run ...");
        await RunWrkAsync(options, key, script, bodiesFile, options.WarmUpSeconds);

        await Task.Delay(500); // the warm-up's last answers (wrk's abandoned requests still finish in the app)
        var dbBefore = await DbStats.ReadAsync(data);
        var cpuBefore = CpuStats.Read();
        var answersMeasured = answers.Read();
        var gcBefore = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2), Paused: GC.GetTotalPauseDuration(), Allocated: GC.GetTotalAllocatedBytes());
        using var path = new CheckPathRecorder();
        path.Start();
        var measured = await RunWrkAsync(options, key, script, bodiesFile, options.Seconds);
        path.Stop();
        var cpuAfter = CpuStats.Read();
        var paused = GC.GetTotalPauseDuration() - gcBefore.Paused;
        var allocated = GC.GetTotalAllocatedBytes() - gcBefore.Allocated;
        var dbAfter = await DbStats.ReadAsync(data);
        await Task.Delay(500);
        var answersAfter = answers.Read();
        var inRun = answersAfter - answersMeasured;

        var rate = measured.Answered / measured.Seconds;
        Report.Line($"checks: {measured.Answered:N0} answered in {measured.Seconds:0.0} s = {rate:N0} checks/s");
        Report.Line($"latency (wrk, ms): p50 {measured.Latency[50]:0.00}, p90 {measured.Latency[90]:0.00}, p95 {measured.Latency[95]:0.00}, p99 {measured.Latency[99]:0.00}, p99.9 {measured.Latency[99.9]:0.00}, max {measured.Max:0.0}");
        Report.Line($"status (measured run, counted in the app): 200: {inRun.Ok:N0}, 404: {inRun.NotFound:N0}, 499 (wrk gone at the end of its run): {inRun.Abandoned:N0}, other: {inRun.Other:N0}; wrk: {measured.NotSuccess:N0} answers not 2xx, {measured.Errors} socket errors");
        var rowsAfter = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.sanction_checks");
        var all = answersAfter - answersBefore;
        // Every answer the app made must have its row (counted after the requests wrk abandons when a run ends have
        // finished in the app). An abandoned request (499) has a row when its check was made before the client went.
        var answered = all.Ok + all.NotFound;
        var extra = rowsAfter - rowsBefore - answered;
        var lost = (extra < 0 ? -extra : extra > all.Abandoned ? extra - all.Abandoned : 0) + all.Other;
        Report.Line($"check log: credit.sanction_checks {rowsBefore:N0} → {rowsAfter:N0} (+{rowsAfter - rowsBefore:N0}); 200/404 answers made by the app (warm-up + measured) {answered:N0}, {all.Abandoned} abandoned by wrk, {all.Other} other; "
            + (lost == 0 ? $"none lost ({extra} rows for abandoned requests)" : $"MISMATCH: {extra:N0} rows more than answers, {all.Other} answers neither 200, 404 nor 499"));

        var checks = Math.Max(1, measured.Answered);
        var d = dbAfter - dbBefore;
        Report.Line($"database per check (measured run, whole cluster): {(double)d.Commits / checks:0.00} transactions, {(double)d.Fetched / checks:0.0} tuples fetched, {(double)d.Returned / checks:0.0} tuples returned, {(double)d.Inserted / checks:0.00} tuples inserted, {(double)d.BlocksRead / checks:0.00} blocks read from disk");
        Report.Line(d.WalLine(checks));
        var c = cpuAfter - cpuBefore;
        var machine = Math.Max(1, c.MachineBusy);
        var wrkTicks = measured.CpuSeconds * 100; // USER_HZ
        Report.Line($"CPU (measured run): machine {100.0 * c.MachineBusy / Math.Max(1, c.MachineTotal):0}% busy of {Environment.ProcessorCount} cores; of the busy time: the app {100.0 * c.ProcessTicks / machine:0}%, PostgreSQL backends {100.0 * c.PostgresTicks / machine:0}%, wrk {100.0 * wrkTicks / machine:0}%, other {100.0 * Math.Max(0, machine - c.ProcessTicks - c.PostgresTicks - wrkTicks) / machine:0}%; user {100.0 * c.User / machine:0}% / system+irq {100.0 * c.SystemIrq / machine:0}%; stolen by the hypervisor {100.0 * c.Steal / Math.Max(1, c.MachineTotal):0}% of the machine's time");
        Report.Line($"CPU per check: app {1000.0 * c.ProcessTicks / 100 / checks:0.000} ms, PostgreSQL {1000.0 * c.PostgresTicks / 100 / checks:0.000} ms, wrk {1000.0 * measured.CpuSeconds / checks:0.000} ms");
        // The app's garbage collector over the measured run: a pause stops every request in flight, so its share of
        // the run and its mean length are what the tail of the latency can owe it.
        var gcs = GC.CollectionCount(0) - gcBefore.Gen0;
        Report.Line($"app runtime (measured run): {allocated / (double)checks / 1024:N1} KiB allocated per check; GCs gen0/1/2 {gcs}/{GC.CollectionCount(1) - gcBefore.Gen1}/{GC.CollectionCount(2) - gcBefore.Gen2}, paused {paused.TotalMilliseconds:N0} ms in all ({100 * paused.TotalSeconds / Math.Max(0.001, measured.Seconds):0.0} % of the run, {paused.TotalMilliseconds / Math.Max(1, gcs):0.00} ms per GC); {ThreadPool.ThreadCount} thread-pool threads");
        foreach (var line in path.Summary())
        {
            Report.Line($"check path (measured run): {line}");
        }

        return new CheckRun(rate, measured.Latency[99], lost);
    }

    private sealed record WrkRun(long Answered, double Seconds, long NotSuccess, Dictionary<double, double> Latency, double Max, long Errors, double CpuSeconds);

    private static async Task<WrkRun> RunWrkAsync(ChecksOptions options, string key, string script, string bodiesFile, int seconds)
    {
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { $"-t{options.WrkThreads}", $"-c{options.Clients}", $"-d{seconds}s", "--timeout", "10s", "-s", script, options.Url, "--", key, bodiesFile })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start wrk");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var cpu = 0.0;
        while (!process.HasExited)
        {
            try
            {
                // utime + stime of wrk, in clock ticks (fields 14 and 15 of /proc/pid/stat).
                var stat = (await File.ReadAllTextAsync($"/proc/{process.Id}/stat")).Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                cpu = (long.Parse(stat[11], CultureInfo.InvariantCulture) + long.Parse(stat[12], CultureInfo.InvariantCulture)) / 100.0;
            }
            catch (Exception ex) when (ex is IOException or FormatException or IndexOutOfRangeException)
            {
                // wrk is exiting.
            }

            await Task.Delay(100);
        }

        await process.WaitForExitAsync();
        var text = await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {await errors}\n{text}");
        }

        var latency = new Dictionary<double, double>();
        long requests = 0, errorCount = 0, notSuccess = 0;
        double duration = seconds, max = 0;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = line.Split(' ');
            switch (f[0])
            {
                case "latency":
                    latency[double.Parse(f[1][1..], CultureInfo.InvariantCulture)] = double.Parse(f[2], CultureInfo.InvariantCulture);
                    break;
                case "summary":
                    requests = long.Parse(f[1], CultureInfo.InvariantCulture);
                    duration = long.Parse(f[2], CultureInfo.InvariantCulture) / 1e6;
                    errorCount = long.Parse(f[3], CultureInfo.InvariantCulture);
                    max = double.Parse(f[4], CultureInfo.InvariantCulture);
                    notSuccess = long.Parse(f[5], CultureInfo.InvariantCulture);
                    break;
            }
        }

        if (errorCount > 0)
        {
            Report.Line($"  wrk: {requests:N0} requests, {errorCount} socket errors");
        }

        return new WrkRun(requests, duration, notSuccess, latency, max, errorCount, cpu);
    }

    /// <summary>
    /// Counters of the whole cluster (pg_stat_database, pg_stat_wal) and the bytes the machine's disks were sent
    /// (/proc/diskstats, whole disks only): what a check costs the database and the disk.
    /// </summary>
    private readonly record struct DbStats(long Commits, long Fetched, long Returned, long Inserted, long BlocksRead, long WalBytes, long WalFpi, long WalWrites, long WalSyncs, long DiskBytesWritten)
    {
        public static async Task<DbStats> ReadAsync(NpgsqlDataSource data)
        {
            await using var command = data.CreateCommand("""
                SELECT d.*, w.wal_bytes::bigint, w.wal_fpi, w.wal_write, w.wal_sync
                FROM (SELECT sum(xact_commit)::bigint, sum(tup_fetched)::bigint, sum(tup_returned)::bigint, sum(tup_inserted)::bigint, sum(blks_read)::bigint
                      FROM pg_stat_database) d, pg_stat_wal w
                """);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return new DbStats(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), DiskBytesWrittenNow());
        }

        public static DbStats operator -(DbStats a, DbStats b) =>
            new(a.Commits - b.Commits, a.Fetched - b.Fetched, a.Returned - b.Returned, a.Inserted - b.Inserted, a.BlocksRead - b.BlocksRead,
                a.WalBytes - b.WalBytes, a.WalFpi - b.WalFpi, a.WalWrites - b.WalWrites, a.WalSyncs - b.WalSyncs, a.DiskBytesWritten - b.DiskBytesWritten);

        /// <summary>The line of what each check cost in WAL and disk writes.</summary>
        public string WalLine(long checks) =>
            $"WAL and disk per check: {(double)WalBytes / checks:N0} bytes of WAL ({(double)WalFpi / checks:0.000} full-page images), {(double)WalWrites / checks:0.00} WAL writes and {(double)WalSyncs / checks:0.00} WAL flushes; {(double)DiskBytesWritten / checks:N0} bytes sent to the disk (whole machine, /proc/diskstats)";

        private static long DiskBytesWrittenNow()
        {
            try
            {
                long sectors = 0;
                foreach (var line in File.ReadLines("/proc/diskstats"))
                {
                    var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    // Whole disks only (a partition's writes are also its disk's); field 10 is sectors written (512 bytes).
                    if (f.Length > 9 && Directory.Exists($"/sys/block/{f[2]}") && !f[2].StartsWith("loop", StringComparison.Ordinal))
                    {
                        sectors += long.Parse(f[9], CultureInfo.InvariantCulture);
                    }
                }

                return sectors * 512;
            }
            catch (IOException)
            {
                return 0;
            }
        }
    }

    /// <summary>Jiffies from /proc: the machine (busy and total), this process, and the postgres processes.</summary>
    /// <remarks>
    /// Steal (the hypervisor running other guests on this machine's cores) is counted apart, not as busy: a run with
    /// much of it measured a slower machine, whatever the code did.
    /// </remarks>
    private readonly record struct CpuStats(long MachineBusy, long MachineTotal, long User, long SystemIrq, long ProcessTicks, long PostgresTicks, long Steal)
    {
        public static CpuStats Read()
        {
            try
            {
                var cpu = ProcStat.MachineTicks();
                if (cpu.Length < 7)
                {
                    return default;
                }

                long user = cpu[0] + cpu[1], system = cpu[2] + cpu[5] + cpu[6], idle = cpu[3] + cpu[4], steal = cpu.Length > 7 ? cpu[7] : 0;
                long total = cpu.Take(8).Sum();
                long postgres = 0;
                foreach (var dir in Directory.EnumerateDirectories("/proc"))
                {
                    if (!int.TryParse(Path.GetFileName(dir), out _))
                    {
                        continue;
                    }

                    try
                    {
                        if (File.ReadAllText(Path.Combine(dir, "comm")).Trim() is "postgres")
                        {
                            postgres += Ticks(Path.Combine(dir, "stat"));
                        }
                    }
                    catch (IOException)
                    {
                    }
                    catch (UnauthorizedAccessException)
                    {
                    }
                }

                return new CpuStats(total - idle - steal, total, user, system, Ticks($"/proc/{Environment.ProcessId}/stat"), postgres, steal);
            }
            catch (IOException)
            {
                return default;
            }
        }

        private static long Ticks(string statFile)
        {
            var text = File.ReadAllText(statFile);
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }

        public static CpuStats operator -(CpuStats a, CpuStats b) =>
            new(a.MachineBusy - b.MachineBusy, a.MachineTotal - b.MachineTotal, a.User - b.User, a.SystemIrq - b.SystemIrq, a.ProcessTicks - b.ProcessTicks, a.PostgresTicks - b.PostgresTicks, a.Steal - b.Steal);
    }
}

internal sealed record ChecksOptions(string Connection, int Seconds, int Clients, int WarmUpSeconds, string Url, string WorkDir, string EnvironmentName, string Generator, int WrkThreads)
{
    public static ChecksOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        return new ChecksOptions(
            Value("--connection") ?? Environment.GetEnvironmentVariable("ConnectionStrings__Credit") ?? "Host=127.0.0.1;Port=55432;Database=huzhou_bench;Username=postgres",
            int.Parse(Value("--seconds") ?? "30", CultureInfo.InvariantCulture),
            int.Parse(Value("--clients") ?? "32", CultureInfo.InvariantCulture),
            // Long enough for the tiered JIT to finish recompiling the pipeline (docs/benchmarks.md).
            int.Parse(Value("--warm-up") ?? "120", CultureInfo.InvariantCulture),
            Value("--url") ?? "http://127.0.0.1:5098",
            Path.GetFullPath(Value("--work-dir") ?? Path.Combine(".data", "bench")),
            // Staging by default: as a city would run it (no developer exception page, no DI scope validation), without
            // Production's start-up refusals of the bench city's demo keys, demo accounts and superuser connection (ADR 0013).
            Value("--environment") ?? "Staging",
            // wrk (Debian's package) when installed: a separate, light load generator; else HttpClient loops in this process.
            Value("--generator") ?? (File.Exists("/usr/bin/wrk") ? "wrk" : "inprocess"),
            int.Parse(Value("--wrk-threads") ?? "2", CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// The check API's answers counted by status in the app (the first middleware of the bench's host): what the
/// bench compares with the rows of the check log, since wrk's script does not parse the answers.
/// </summary>
internal sealed class CheckAnswerCounter
{
    /// <summary>ASP.NET Core's status for a request whose client went away before its answer was written.</summary>
    private const int ClientClosedRequest = 499;

    private long _ok;
    private long _notFound;
    private long _abandoned;
    private long _other;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);
        if (context.Request.Path.Equals("/api/v1/checks", StringComparison.Ordinal))
        {
            switch (context.Response.StatusCode)
            {
                case StatusCodes.Status200OK: Interlocked.Increment(ref _ok); break;
                case StatusCodes.Status404NotFound: Interlocked.Increment(ref _notFound); break;
                case ClientClosedRequest: Interlocked.Increment(ref _abandoned); break;
                default: Interlocked.Increment(ref _other); break;
            }
        }
    }

    public Counts Read() => new(Interlocked.Read(ref _ok), Interlocked.Read(ref _notFound), Interlocked.Read(ref _abandoned), Interlocked.Read(ref _other));

    /// <param name="Ok">Answers 200 (a decision).</param>
    /// <param name="NotFound">Answers 404 (an unknown code, logged as such).</param>
    /// <param name="Abandoned">Requests wrk left in flight when a run ended: the check may or may not have been made and logged.</param>
    /// <param name="Other">Any other status: none is expected.</param>
    public readonly record struct Counts(long Ok, long NotFound, long Abandoned, long Other)
    {
        public static Counts operator -(Counts a, Counts b) => new(a.Ok - b.Ok, a.NotFound - b.NotFound, a.Abandoned - b.Abandoned, a.Other - b.Other);
    }
}
