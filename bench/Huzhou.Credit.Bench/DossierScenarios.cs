using System.Diagnostics;
using System.Globalization;
using System.Net;
using Npgsql;

namespace Huzhou.Credit.Bench;

/// <summary>
/// The public dossier page (<c>GET /public/dossier/{uscc}</c>) and the portal's search page, requested over HTTP from the
/// app served on a local port, one request at a time. Server time is measured by a middleware in front of the app's
/// whole pipeline (routing, rate limiter, registry lookup, tab counts over every section provider, one page of 20
/// entries, view rendering); the client's round trip adds the loopback HTTP exchange.
/// </summary>
internal static class DossierScenarios
{
    public static async Task RunAsync(IServiceProvider services, NpgsqlDataSource data, IReadOnlyList<BenchSubject> hot, IReadOnlyList<BenchSubject> cold, PortalOptions options)
    {
        // Organisations as the bulk loads left them (~85 penalties each), a different sample on every run so that earlier
        // runs have not left them in PostgreSQL's buffer cache.
        var seed = Environment.TickCount;
        var random = new List<BenchSubject>();
        await using (var command = data.CreateCommand(
            """
            SELECT id, uscc, name FROM credit.subjects
            WHERE kind <> 5 AND uscc IS NOT NULL AND NOT uscc_check_warning AND abs(hashint8(id + $1)) % 60 = 0 ORDER BY id
            """))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = (long)seed });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                random.Add(new BenchSubject(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var rnd = new Random(seed);
        var n = options.Iterations;
        using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10), AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = new Uri(options.Url),
        };
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var warm = new (string Name, Func<int, (string Path, string Expect)> Request)[]
        {
            ($"dossier, {hot.Count} organisations with {PortalBench.DossierRecords} records, first tab (warm)", i => Dossier(hot[i % hot.Count], "")),
            ($"dossier, {hot.Count} organisations with {PortalBench.DossierRecords} records, 行政许可 page 5 (warm)", i => Dossier(hot[i % hot.Count], "?section=AdministrativeLicence&page=5")),
            ("portal search page /public?q= (2-character fragments of names)", _ =>
            {
                var name = random[rnd.Next(random.Count)].Name;
                return ($"/public?q={Uri.EscapeDataString(name.AsSpan(rnd.Next(name.Length - 1), 2))}", "");
            }),
        };

        Report.Line("dossier pages: warming up the app ...");
        foreach (var (_, request) in warm)
        {
            for (var i = 0; i < Math.Max(30, n / 10); i++)
            {
                await GetAsync(client, request(i));
            }
        }

        // First visits: the record store pushed out of PostgreSQL's buffer cache and the OS page cache, then each
        // organisation opened once.
        var evicted = await EvictRecordStoreAsync(data);
        Report.Line($"dossier pages: record store read through PostgreSQL's buffer cache and its {evicted} files dropped from the OS page cache; first visits ...");
        var cpu = new CpuSample();
        var coldTimings = new List<(Timings Server, Timings Client)>();
        var coldScenarios = new (string Name, IReadOnlyList<BenchSubject> Subjects)[]
        {
            ($"dossier, organisation with {PortalBench.DossierRecords} records, first visit ({cold.Count} organisations)", cold),
            ($"dossier, random organisation (~85 records), first visit ({Math.Min(n, random.Count)} organisations)", random.OrderBy(_ => rnd.Next()).Take(n).ToList()),
        };
        foreach (var (name, subjects) in coldScenarios)
        {
            var server = new Timings(name);
            var roundTrip = new Timings(name);
            foreach (var subject in subjects)
            {
                var request = Dossier(subject, "");
                var (serverMs, clientMs, _) = await GetAsync(client, request);
                server.Add(serverMs, request.Path);
                roundTrip.Add(clientMs, request.Path);
            }

            coldTimings.Add((server, roundTrip));
        }

        // Warm: the same few organisations again and again, interleaved with the portal's search page.
        var warmServer = warm.Select(s => new Timings(s.Name)).ToArray();
        var warmClient = warm.Select(s => new Timings(s.Name)).ToArray();
        long bytes = 0;
        for (var i = 0; i < n; i++)
        {
            for (var s = 0; s < warm.Length; s++)
            {
                var request = warm[s].Request(i);
                var (serverMs, clientMs, length) = await GetAsync(client, request);
                warmServer[s].Add(serverMs, request.Path);
                warmClient[s].Add(clientMs, request.Path);
                bytes += length;
            }
        }

        var load = cpu.Describe();
        var allServer = warmServer.Concat(coldTimings.Select(c => c.Server)).ToList();
        var allClient = warmClient.Concat(coldTimings.Select(c => c.Client)).ToList();
        Console.WriteLine();
        Console.WriteLine("### Public dossier page and portal search page over HTTP: server time (middleware in front of the app's pipeline)");
        Console.WriteLine();
        Console.WriteLine(Timings.Header);
        foreach (var t in allServer)
        {
            Console.WriteLine(t.Row());
        }

        Console.WriteLine();
        Console.WriteLine("client round trip (loopback HTTP/1.1, keep-alive):");
        Console.WriteLine();
        Console.WriteLine(Timings.Header);
        foreach (var t in allClient)
        {
            Console.WriteLine(t.Row());
        }

        Console.WriteLine();
        Console.WriteLine(load);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"average page size {bytes / Math.Max(1, n * warm.Length) / 1024.0:0.0} KiB; slowest dossier requests:"));
        foreach (var (ms, what) in allServer.Where(t => t.Scenario.StartsWith("dossier", StringComparison.Ordinal)).SelectMany(t => t.Slowest(3)).OrderByDescending(x => x.Ms).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,8:0.00} ms  {what}"));
        }

        Console.WriteLine();
    }

    /// <summary>
    /// Makes the record store cold, as it is for a subject nobody opened lately: PostgreSQL's buffer cache is cycled by
    /// reading every page of the record store once (a bitmap heap scan, which unlike a sequential scan goes through the
    /// shared buffers; ~40 s), then the store's files (every partition and its indexes) are dropped from the OS page cache
    /// (GNU dd, iflag=nocache). Bench only: the cluster runs on this machine.
    /// </summary>
    private static async Task<int> EvictRecordStoreAsync(NpgsqlDataSource data)
    {
        await using (var connection = await data.OpenConnectionAsync())
        {
            await using var command = new NpgsqlCommand(
                """
                SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off; SET max_parallel_workers_per_gather = 0;
                SELECT count(*) FROM credit.credit_records WHERE subject_id >= 0;
                RESET ALL;
                """,
                connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync();
        }

        var files = new List<string>();
        await using (var command = data.CreateCommand(
            """
            SELECT current_setting('data_directory') || '/' || pg_relation_filepath(c.oid)
            FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
            WHERE s.nspname = 'credit' AND c.relname LIKE 'credit\_records\_p%' AND c.relkind IN ('r', 'i')
            """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var path = reader.GetString(0);
                files.AddRange(new[] { path }.Concat(Enumerable.Range(1, 64).Select(i => $"{path}.{i}")).Where(File.Exists));
            }
        }

        foreach (var file in files)
        {
            using var dd = Process.Start(new ProcessStartInfo("dd", ["if=" + file, "iflag=nocache", "count=0", "status=none"]) { RedirectStandardError = true })!;
            await dd.WaitForExitAsync();
        }

        return files.Count;
    }

    private static (string Path, string Expect) Dossier(BenchSubject subject, string query) => ($"/public/dossier/{subject.Uscc}{query}", subject.Name);

    private static async Task<(double ServerMs, double ClientMs, long Bytes)> GetAsync(HttpClient client, (string Path, string Expect) request)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(request.Path);
        var body = await response.Content.ReadAsStringAsync();
        var clientMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains(request.Expect, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"GET {request.Path}: {(int)response.StatusCode}, expected text {(body.Contains(request.Expect, StringComparison.Ordinal) ? "present" : "missing")}");
        }

        return (ServerTiming.Last, clientMs, body.Length);
    }
}
