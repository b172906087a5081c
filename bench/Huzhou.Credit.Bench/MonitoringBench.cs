using System.Diagnostics;
using System.Globalization;
using System.Text;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.Web.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.Bench;

/// <summary>
/// Issue #27 §5. Part 1: 100,000 watched subjects in 200 watch lists and 50 set watches (district, list type, industry
/// field with a grade band); a delivery of penalties through the real collection job; from its commit, the outbox
/// dispatched as the listener does (every subscribed handler, the alert matcher among them) until every alert is in
/// the inboxes. The expected alerts are computed here from the delivered records and the watches (not by the matcher)
/// and compared: none missing, none twice, none unexpected, summaries consistent. Part 2: one user's inbox with
/// 100,000 alerts, queried through <see cref="AlertInbox"/> (what the /monitoring/alerts page and the header badge call).
/// </summary>
internal static class MonitoringBench
{
    private const string OwnerPrefixDepartment = "d:BENCH-";
    private const string OwnerPrefixUser = "u:bench.";
    private const string InboxUser = "benchinbox";
    private const string InboxDepartment = "BENCH-INBOX";

    private static readonly string[] Districts = ["330502", "330503", "330521", "330522", "330523", "3305Z1", "3305Z2", "3305Z3"];

    public static async Task<int> RunAsync(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var connection = Value("--connection", Environment.GetEnvironmentVariable("ConnectionStrings__Credit") ?? "Host=127.0.0.1;Port=55450;Database=huzhou_bench;Username=postgres");
        var records = int.Parse(Value("--records", "1000000"), CultureInfo.InvariantCulture);
        var watchedCount = int.Parse(Value("--watched", "100000"), CultureInfo.InvariantCulture);
        var inboxAlerts = int.Parse(Value("--inbox-alerts", "100000"), CultureInfo.InvariantCulture);
        var iterations = int.Parse(Value("--iterations", "400"), CultureInfo.InvariantCulture);
        var workDir = Path.GetFullPath(Value("--work-dir", Path.Combine(".data", "bench")));

        await Database.EnsureExistsAsync(connection);
        var builder = WebApplication.CreateBuilder(["--environment", "Development", BenchHost.NoConfigReload]);
        builder.Configuration["ConnectionStrings:Credit"] = connection;
        builder.Configuration["Hangfire:ServerEnabled"] = "false";
        // The bench dispatches the outbox itself right after the delivery's commit, as the listener does on its NOTIFY.
        builder.Configuration["Outbox:ListenerEnabled"] = "false";
        builder.Configuration["Collection:StoragePath"] = workDir;
        builder.Configuration["Credit:PersonalData:EncryptionKey"] = "ZGVtby1vbmx5LWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM=";
        builder.Configuration["Credit:PersonalData:BlindIndexKey"] = "ZGVtby1vbmx5LWJsaW5kLWluZGV4LWtleS0zMmJ5dGU=";
        builder.AddCreditPlatform(CreditModules.All);
        HandlerTimes.Wrap(builder.Services);
        await using var app = builder.Build();
        await app.MigrateAsync();
        var data = app.Services.GetRequiredService<NpgsqlDataSource>();
        if (await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects") < 2_300_000)
        {
            Report.Line("seeding the full-scale city ...");
            var seed = Stopwatch.StartNew();
            await app.SeedDemoCityAsync("full");
            Report.Line($"seeded in {seed.Elapsed}");
        }

        Report.Line($"load average {LoadAverage()}; city: {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.subjects"):N0} subjects, {await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.credit_records"):N0} credit records");
        var exit = 0;
        if (!args.Contains("--skip-delivery"))
        {
            exit = await DeliveryAsync(app, data, records, watchedCount, workDir);
        }

        if (exit == 0 && !args.Contains("--skip-inbox"))
        {
            exit = await InboxAsync(app, data, inboxAlerts, iterations);
        }

        return exit;
    }

    private static async Task<int> DeliveryAsync(WebApplication app, NpgsqlDataSource data, int recordCount, int watchedCount, string workDir)
    {
        // Events left by earlier benches (their deliveries, never dispatched) are closed, not handled: handling them would
        // take the machine for long and their alerts could not concern watches made afterwards.
        var closed = await Execute(data, "UPDATE credit.outbox_messages SET dispatched_at = now(), last_error = 'bench: closed undispatched' WHERE dispatched_at IS NULL");
        Report.Line($"closed {closed:N0} undispatched outbox messages of earlier benches (not handled)");
        await Execute(data, $"""
            DELETE FROM credit.monitoring_alerts WHERE owner LIKE '{OwnerPrefixDepartment}%' OR owner LIKE '{OwnerPrefixUser}%';
            DELETE FROM credit.monitoring_set_watches w USING credit.monitoring_watch_lists l WHERE l.id = w.watch_list_id AND (l.owner LIKE '{OwnerPrefixDepartment}%' OR l.owner LIKE '{OwnerPrefixUser}%');
            DELETE FROM credit.monitoring_watch_items i USING credit.monitoring_watch_lists l WHERE l.id = i.watch_list_id AND (l.owner LIKE '{OwnerPrefixDepartment}%' OR l.owner LIKE '{OwnerPrefixUser}%');
            DELETE FROM credit.monitoring_watch_lists l WHERE l.owner LIKE '{OwnerPrefixDepartment}%' OR l.owner LIKE '{OwnerPrefixUser}%';
            """);

        // The city: organisations (every delivered record is about one) with their district, and persons to watch beside them.
        var organisations = await PenaltyRows.LoadOrganisationsAsync(data);
        var district = new Dictionary<long, string>(organisations.Count);
        var names = new Dictionary<long, string>();
        await ReadAsync(data, "SELECT id, district_code, name FROM credit.subjects WHERE uscc IS NOT NULL AND NOT uscc_check_warning", r =>
        {
            district[r.GetInt64(0)] = r.GetString(1);
            names[r.GetInt64(0)] = r.GetString(2);
        });
        var persons = new List<(long Id, string District, string Name)>();
        await ReadAsync(data, $"SELECT id, district_code, name FROM credit.subjects WHERE uscc IS NULL AND id % 50 = 7 ORDER BY id LIMIT {watchedCount * 3}", r => persons.Add((r.GetInt64(0), r.GetString(1), r.GetString(2))));

        // What the set watches look at, read through the owning modules' contracts for every organisation.
        var tags = new Dictionary<long, HashSet<string>>();
        await using (var services = app.Services.CreateAsyncScope())
        {
            var grades = services.ServiceProvider.GetRequiredService<IEvaluationGrades>();
            var standing = services.ServiceProvider.GetRequiredService<IListStanding>();
            foreach (var chunk in organisations.Select(o => o.Id).Chunk(10_000))
            {
                foreach (var (subject, list) in await grades.CurrentGradesAsync(chunk))
                {
                    var set = Tags(tags, subject);
                    foreach (var g in list)
                    {
                        set.Add("F:" + g.FieldCode);
                        set.Add("F:" + g.FieldCode + ":" + g.Grade);
                    }
                }

                foreach (var (subject, list) in await standing.ApprovedEntriesAsync(chunk))
                {
                    Tags(tags, subject).UnionWith(list.Select(e => "L:" + e.ListTypeCode));
                }
            }
        }

        var fields = tags.Values.SelectMany(t => t).Where(t => t.StartsWith("F:", StringComparison.Ordinal) && t.Count(c => c == ':') == 1).Distinct().Order(StringComparer.Ordinal).ToArray();
        var listTypes = tags.Values.SelectMany(t => t).Where(t => t.StartsWith("L:", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToArray();

        // 200 lists, one owner each: 150 departments' shared lists and 50 personal ones; every fifth has a district's scope.
        const int lists = 200;
        var owner = new string[lists];
        var scope = new string[lists];
        for (var l = 0; l < lists; l++)
        {
            owner[l] = l < 150 ? $"{OwnerPrefixDepartment}{l:000}" : $"{OwnerPrefixUser}user{l:000}";
            scope[l] = l % 5 == 4 ? Districts[l / 5 % Districts.Length] : "330500";
        }

        // 100,000 watched subjects, 500 per list, none in two lists: 60 % organisations (records will arrive for them),
        // 40 % persons (no record of this delivery concerns them); a district list holds subjects of its district only.
        var random = new Random(27);
        var orgPool = organisations.Select(o => o.Id).OrderBy(_ => random.Next()).ToList();
        var personPool = persons.OrderBy(_ => random.Next()).ToList();
        var perList = watchedCount / lists;
        var orgPerList = perList * 3 / 5;
        var taken = new HashSet<long>();
        var items = new List<(int List, long Subject, bool Person, string District, string Name)>(watchedCount);
        for (var l = 0; l < lists; l++)
        {
            bool Fits(string d) => scope[l] == "330500" || scope[l] == d;
            var orgs = orgPool.Where(id => !taken.Contains(id) && Fits(district[id])).Take(orgPerList).ToList();
            var people = personPool.Where(p => !taken.Contains(p.Id) && Fits(p.District)).Take(perList - orgs.Count).ToList();
            foreach (var id in orgs)
            {
                taken.Add(id);
                items.Add((l, id, false, district[id], names[id]));
            }

            foreach (var p in people)
            {
                taken.Add(p.Id);
                items.Add((l, p.Id, true, p.District, p.Name));
            }
        }

        // 50 set watches, one each on lists 0, 4, 8, ...: 4 districts, 10 list types, 36 industry fields with a grade band.
        string[][] bands = [["C", "D"], ["B"], ["A", "B", "C", "D"], ["D"]];
        var sets = new List<(int List, short Kind, string? District, string[] Tags, string Label)>();
        string[] watchedDistricts = ["3305Z1", "3305Z2", "3305Z3", "330503"];
        for (var j = 0; j < 50; j++)
        {
            var l = j * 4;
            if (j < 4)
            {
                sets.Add((l, 1, watchedDistricts[j], [], $"辖区 {watchedDistricts[j]}"));
            }
            else if (j < 14)
            {
                var type = listTypes.Length == 0 ? "L:SXBZXR" : listTypes[(j - 4) % listTypes.Length];
                sets.Add((l, 2, null, [type], $"名单 {type[2..]}"));
            }
            else
            {
                var field = fields.Length == 0 ? "F:JZY" : fields[(j - 14) % fields.Length];
                var band = bands[(j - 14) / Math.Max(1, fields.Length) % bands.Length];
                sets.Add((l, 3, null, band.Select(g => field + ":" + g).ToArray(), $"行业 {field[2..]} {string.Join('/', band)}"));
            }
        }

        var watchStart = await Sql.ScalarAsync<DateTime>(data, "SELECT now()");
        var listIds = await CreateWatchesAsync(data, owner, scope, items, sets);
        Report.Line($"watches: {lists} lists, {items.Count:N0} watched subjects ({items.Count(i => !i.Person):N0} organisations, {items.Count(i => i.Person):N0} persons), {sets.Count} set watches ({sets.Count(s => s.Kind == 1)} districts, {sets.Count(s => s.Kind == 2)} list types, {sets.Count(s => s.Kind == 3)} industry fields with grade bands)");

        // The delivery, as the collection bench makes it.
        Directory.CreateDirectory(workDir);
        var file = Path.Combine(workDir, $"bench-monitoring-{recordCount}.csv");
        var runId = "M" + DateTime.UtcNow.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture);
        var bytes = PenaltyRows.WriteCsv(file, organisations, recordCount, runId);
        await Sql.SettleAsync(data, "the delivery", "credit.credit_records", "credit.monitoring_alerts", "credit.monitoring_watch_items", "credit.outbox_messages");
        long batchId;
        await using (var s = app.Services.CreateAsyncScope())
        {
            var db = s.ServiceProvider.GetRequiredService<CollectionDbContext>();
            var batch = new CollectionBatch
            {
                ItemCode = "XZCF", ItemVersion = 1, DepartmentCode = "HZ-SJJ", DistrictCode = "330500", Source = BatchSource.Upload, Status = BatchStatus.Queued,
                FileName = Path.GetFileName(file), StoredPath = file, FileSize = bytes, CreatedBy = "bench", CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Batches.Add(batch);
            await db.SaveChangesAsync();
            batchId = batch.Id;
        }

        GC.Collect();
        var baseline = Process.GetCurrentProcess().WorkingSet64;
        var sampler = MemorySampler.Start();
        Report.Line($"load average before the delivery {LoadAverage()}");
        var delivery = Stopwatch.StartNew();
        await using (var s = app.Services.CreateAsyncScope())
        {
            await s.ServiceProvider.GetRequiredService<CollectionJobs>().ProcessBatchAsync(batchId, CancellationToken.None);
        }

        delivery.Stop();
        HandlerTimes.Reset();
        var committed = Stopwatch.StartNew();
        var pending = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.outbox_messages WHERE dispatched_at IS NULL");
        var handled = await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync();
        committed.Stop();
        var peak = await sampler.StopAsync();
        var loadAfter = LoadAverage();
        foreach (var line in HandlerTimes.Describe())
        {
            Report.Line("  handler " + line);
        }

        var counts = await Sql.ScalarAsync<long[]>(data, $"SELECT ARRAY[status, received, inserted, updated, unchanged, rejected] FROM credit.collection_batches WHERE id = {batchId}");
        var finishedGap = await Sql.ScalarAsync<double>(data, $"SELECT extract(epoch FROM clock_timestamp() - finished_at)::float8 FROM credit.collection_batches WHERE id = {batchId}");
        Report.Line($"delivery: {delivery.Elapsed.TotalSeconds:0.0} s; batch status {counts[0]}, received {counts[1]:N0}, inserted {counts[2]:N0}, updated {counts[3]:N0}, unchanged {counts[4]:N0}, rejected {counts[5]:N0}; {pending:N0} outbox messages at the commit");
        var failed = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.outbox_messages WHERE dispatched_at IS NULL OR (attempts > 0 AND occurred_at >= now() - interval '1 hour')");

        // The expected alerts, from the delivered records and the watches made above.
        var delivered = new Dictionary<long, long>();
        await ReadAsync(data, $"SELECT id, subject_id FROM credit.credit_records WHERE batch_id = {batchId}", r => delivered[r.GetInt64(0)] = r.GetInt64(1));
        var itemLists = items.GroupBy(i => i.Subject).ToDictionary(g => g.Key, g => g.Select(i => i.List).ToArray());
        var setOf = sets.ToDictionary(s => s.List);
        var expected = new Dictionary<(int List, long Record), bool>(); // value: raised by a set watch (no item of that owner)
        var matchingSets = new Dictionary<long, int[]>();
        foreach (var (record, subject) in delivered)
        {
            var d = district.GetValueOrDefault(subject, "");
            if (!matchingSets.TryGetValue(subject, out var viaSets))
            {
                var t = tags.GetValueOrDefault(subject);
                viaSets = sets.Where(w => (scope[w.List] == "330500" || scope[w.List] == d)
                    && (w.Kind == 1 ? w.District == d : t is not null && w.Tags.Any(t.Contains))).Select(w => w.List).ToArray();
                matchingSets[subject] = viaSets;
            }

            var viaItems = itemLists.GetValueOrDefault(subject) ?? [];
            foreach (var l in viaItems)
            {
                expected[(l, record)] = false;
            }

            foreach (var l in viaSets)
            {
                expected.TryAdd((l, record), true);
            }
        }

        // What is in the inboxes.
        var listOfOwner = Enumerable.Range(0, lists).ToDictionary(l => owner[l], StringComparer.Ordinal);
        var setIdOfList = new Dictionary<int, long>();
        await ReadAsync(data, $"SELECT w.watch_list_id, w.id FROM credit.monitoring_set_watches w WHERE w.watch_list_id = ANY(ARRAY[{string.Join(',', listIds)}]::bigint[])", r => setIdOfList[Array.IndexOf(listIds, r.GetInt64(0))] = r.GetInt64(1));
        var seen = new HashSet<(int, long)>();
        var problems = new List<string>();
        var grouped = new Dictionary<long, (int List, long Set, int Count)>();
        var summaries = new Dictionary<long, (int List, long? Set, int Count)>();
        long individual = 0, visibleIndividual = 0;
        void Problem(string text)
        {
            if (problems.Count < 20)
            {
                problems.Add(text);
            }
            else if (problems.Count == 20)
            {
                problems.Add("…");
            }
        }

        await ReadAsync(data, $"""
            SELECT owner, subject_id, trigger, fact_key, set_watch_id, summary_id, id, subject_count, created_at
            FROM credit.monitoring_alerts WHERE owner LIKE '{OwnerPrefixDepartment}%' OR owner LIKE '{OwnerPrefixUser}%'
            """, r =>
        {
            var l = listOfOwner[r.GetString(0)];
            long? set = r.IsDBNull(4) ? null : r.GetInt64(4);
            var trigger = r.GetInt16(2);
            if (trigger == 99)
            {
                summaries[r.GetInt64(6)] = (l, set, r.GetInt32(7));
                return;
            }

            individual++;
            var key = r.GetString(3);
            if (trigger != 1 || !key.StartsWith('r') || !long.TryParse(key.AsSpan(1), CultureInfo.InvariantCulture, out var record))
            {
                Problem($"unexpected alert: {r.GetString(0)} trigger {trigger} key {key}");
                return;
            }

            if (!delivered.TryGetValue(record, out var subject) || subject != r.GetInt64(1))
            {
                Problem($"alert about a record this delivery did not write: {r.GetString(0)} {key}");
                return;
            }

            if (!seen.Add((l, record)))
            {
                Problem($"twice: {r.GetString(0)} {key}");
                return;
            }

            if (!expected.TryGetValue((l, record), out var bySet))
            {
                Problem($"unexpected alert: {r.GetString(0)} about subject {subject}, {key}");
                return;
            }

            if (bySet != set.HasValue || (set is { } sid && sid != setIdOfList[l]))
            {
                Problem($"raised by the wrong watch: {r.GetString(0)} {key} (set watch {set?.ToString(CultureInfo.InvariantCulture) ?? "none"})");
            }

            if (r.IsDBNull(5))
            {
                visibleIndividual++;
            }
            else
            {
                var s = r.GetInt64(5);
                var g = grouped.GetValueOrDefault(s, (List: l, Set: set ?? 0, Count: 0));
                grouped[s] = (g.List, g.Set, g.Count + 1);
            }
        });

        var missing = expected.Keys.Count(k => !seen.Contains(k));
        if (missing > 0)
        {
            Problem($"{missing:N0} expected alerts missing, e.g. {string.Join(", ", expected.Keys.Where(k => !seen.Contains(k)).Take(3).Select(k => $"{owner[k.List]} r{k.Record}"))}");
        }

        var threshold = app.Services.GetRequiredService<IOptions<MonitoringOptions>>().Value.GroupThreshold;
        foreach (var (id, g) in grouped)
        {
            if (!summaries.TryGetValue(id, out var s))
            {
                Problem($"alerts grouped under {id}, which is no summary of the same inboxes");
            }
            else if (s.List != g.List || s.Set != g.Set || s.Count != g.Count || g.Count <= threshold)
            {
                Problem($"summary {id}: says {s.Count} subjects of set watch {s.Set}, groups {g.Count} of set watch {g.Set}");
            }
        }

        foreach (var id in summaries.Keys.Where(id => !grouped.ContainsKey(id)))
        {
            Problem($"summary {id} groups no alert");
        }

        if (counts[0] != (long)BatchStatus.Completed)
        {
            Problem($"batch {batchId} ended with status {counts[0]}");
        }

        if (failed > 0)
        {
            Problem($"{failed} outbox messages failed or are still pending after the dispatch");
        }

        var seconds = committed.Elapsed.TotalSeconds;
        Report.Line($"expected {expected.Count:N0} alerts ({expected.Count(e => !e.Value):N0} by watched subjects, {expected.Count(e => e.Value):N0} by set watches) about {delivered.Count:N0} delivered records of {delivered.Values.Distinct().Count():N0} organisations; {delivered.Values.Count(itemLists.ContainsKey):N0} records concern watched subjects");
        Report.Line($"found {individual:N0} alerts, {summaries.Count:N0} summaries grouping {grouped.Values.Sum(g => g.Count):N0} of them; in the inboxes: {visibleIndividual + summaries.Count:N0} ({visibleIndividual:N0} single alerts + {summaries.Count:N0} summaries)");
        Report.Line($"memory: working set {baseline / 1024 / 1024:N0} MB before the delivery, peak {peak / 1024 / 1024:N0} MB during delivery and dispatch");
        if (problems.Count > 0)
        {
            Console.Error.WriteLine("MISMATCH — no time reported:");
            foreach (var p in problems)
            {
                Console.Error.WriteLine("  " + p);
            }

            return 1;
        }

        Report.Line($"all {expected.Count:N0} expected alerts present once, none unexpected; summaries consistent (threshold {threshold})");
        Report.Line($"**commit → every alert in the inboxes: {seconds:0.0} s** ({handled:N0} outbox messages, every handler; the batch's finished_at was {finishedGap - seconds:0.0} s before the timer started); delivery itself {delivery.Elapsed.TotalSeconds:0.0} s ({recordCount / delivery.Elapsed.TotalSeconds:N0} records/s); load average after {loadAfter}; target ≤ 60 s: {(seconds <= 60 ? "met" : "NOT met")}");
        return 0;
    }

    private static async Task<int> InboxAsync(WebApplication app, NpgsqlDataSource data, int alertCount, int iterations)
    {
        var owner = "u:" + InboxUser;
        var existing = await Sql.ScalarAsync<long>(data, $"SELECT count(*) FROM credit.monitoring_alerts WHERE owner = '{owner}'");
        if (existing != alertCount)
        {
            await Execute(data, $"DELETE FROM credit.monitoring_alerts WHERE owner = '{owner}'");
            // 100,000 alerts over 90 days, newest last; a third unread, a tenth serious, most acknowledged, one in fifty escalated.
            await Execute(data, $"""
                INSERT INTO credit.monitoring_alerts (owner, watch_list_id, set_watch_id, subject_id, subject_name, subject_code, is_person, district_code,
                    trigger, fact_key, title, detail, serious, link, link_id, occurred_at, created_at, subject_count, read_at, read_by, acknowledged_at, acknowledged_by,
                    escalated_at, escalated_to)
                SELECT '{owner}', 0, NULL, 1000000 + g, '湖州市某某有限公司' || g, '91330500MA2B' || lpad(g::text, 6, '0'), false, '330502',
                    1, 'bench' || g, '新增失信记录：行政处罚', '文书号 湖市监处罚〔2026〕' || g || '号', g % 10 = 0, 1, g,
                    now() - (({alertCount} - g) * interval '77 seconds'), now() - (({alertCount} - g) * interval '77 seconds'), 1,
                    CASE WHEN g % 3 = 0 THEN NULL ELSE now() END, CASE WHEN g % 3 = 0 THEN NULL ELSE '{InboxUser}' END,
                    CASE WHEN g % 4 = 0 OR g % 3 = 0 THEN NULL ELSE now() END, CASE WHEN g % 4 = 0 OR g % 3 = 0 THEN NULL ELSE '{InboxUser}' END,
                    CASE WHEN g % 50 = 0 THEN now() END, CASE WHEN g % 50 = 0 THEN 'c:330500' END
                FROM generate_series(1, {alertCount}) g
                """);
            Report.Line($"inbox: {alertCount:N0} alerts written for {owner}");
        }

        await Sql.SettleAsync(data, "the inbox", "credit.monitoring_alerts");
        var staff = new BenchStaff(InboxUser, InboxDepartment);
        var lastPage = (alertCount + AlertInbox.PageSize - 1) / AlertInbox.PageSize;
        (string Name, Func<AlertInbox, Task<long>> Run)[] scenarios =
        [
            ("inbox, first page (count + 20 rows)", async i => (await i.ListAsync(new AlertFilter(false, false, false), default)).TotalCount),
            ($"inbox, page 100", async i => (await i.ListAsync(new AlertFilter(false, false, false, 100), default)).TotalCount),
            ($"inbox, last page ({lastPage:N0})", async i => (await i.ListAsync(new AlertFilter(false, false, false, lastPage), default)).TotalCount),
            ("filter 未读, first page", async i => (await i.ListAsync(new AlertFilter(true, false, false), default)).TotalCount),
            ("filter 严重, first page", async i => (await i.ListAsync(new AlertFilter(false, true, false), default)).TotalCount),
            ("filter 待确认, first page", async i => (await i.ListAsync(new AlertFilter(false, false, true), default)).TotalCount),
            ("filter 未读 + 严重, page 50", async i => (await i.ListAsync(new AlertFilter(true, true, false, 50), default)).TotalCount),
            ("filter 已升级, first page", async i => (await i.ListAsync(new AlertFilter(false, false, false, 1, true), default)).TotalCount),
            ("header badge (unread count)", async i => await i.UnreadAsync(staff, default)),
        ];

        async Task<double> Once(Func<AlertInbox, Task<long>> run)
        {
            var start = Stopwatch.GetTimestamp();
            await using var scope = app.Services.CreateAsyncScope();
            var inbox = ActivatorUtilities.CreateInstance<AlertInbox>(scope.ServiceProvider, staff);
            await run(inbox);
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        foreach (var (_, run) in scenarios)
        {
            for (var w = 0; w < 20; w++)
            {
                await Once(run);
            }
        }

        GC.Collect();
        var before = Process.GetCurrentProcess().WorkingSet64;
        var sampler = MemorySampler.Start();
        var timings = scenarios.Select(s => new Timings(s.Name)).ToArray();
        Report.Line($"load average before the inbox scenarios {LoadAverage()}");
        for (var n = 0; n < iterations; n++)
        {
            for (var s = 0; s < scenarios.Length; s++)
            {
                timings[s].Add(await Once(scenarios[s].Run), scenarios[s].Name);
            }
        }

        var peak = await sampler.StopAsync();
        var after = Process.GetCurrentProcess().WorkingSet64;
        var all = new Timings("all of the above");
        foreach (var t in timings)
        {
            all.AddRange(t);
        }

        Console.WriteLine($"inbox of {owner}: {alertCount:N0} alerts, AlertInbox in a fresh scope per query (as a request), {iterations} per scenario, interleaved");
        Console.WriteLine(Timings.Header);
        foreach (var t in timings.Append(all))
        {
            Console.WriteLine(t.Row());
        }

        Report.Line($"memory: working set {before / 1024 / 1024:N0} MB before the inbox scenarios, {after / 1024 / 1024:N0} MB after, peak {peak / 1024 / 1024:N0} MB; load average after {LoadAverage()}");
        Report.Line($"inbox p95 over every scenario {all.Percentile(95):0.00} ms; target ≤ 30 ms: {(all.Percentile(95) <= 30 ? "met" : "NOT met")}");
        return 0;
    }

    private static async Task<long[]> CreateWatchesAsync(NpgsqlDataSource data, string[] owner, string[] scope,
        List<(int List, long Subject, bool Person, string District, string Name)> items, List<(int List, short Kind, string? District, string[] Tags, string Label)> sets)
    {
        var ids = new long[owner.Length];
        await using (var command = data.CreateCommand("""
            INSERT INTO credit.monitoring_watch_lists (name, owner, owner_department, owner_user, scope_district, created_by, created_at, escalate_to)
            SELECT '监测基准名单 ' || n, o, CASE WHEN o LIKE 'd:%' THEN substr(o, 3) END, CASE WHEN o LIKE 'u:%' THEN substr(o, 3) END, s, 'bench', now(),
                   CASE WHEN o LIKE 'd:%' THEN 'r:' || substr(o, 3) ELSE 'c:' || s END
            FROM unnest(@o, @s) WITH ORDINALITY AS x(o, s, n) ORDER BY n
            RETURNING id, owner
            """))
        {
            command.Parameters.Add(new NpgsqlParameter<string[]>("o", owner));
            command.Parameters.Add(new NpgsqlParameter<string[]>("s", scope));
            await using var r = await command.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                ids[Array.IndexOf(owner, r.GetString(1))] = r.GetInt64(0);
            }
        }

        await using (var command = data.CreateCommand("""
            INSERT INTO credit.monitoring_watch_items (watch_list_id, subject_id, lookup_key, name, display_code, is_person, district_code, added_by, added_at)
            SELECT l, s, k, n, c, p, d, 'bench', now() FROM unnest(@l, @s, @k, @n, @c, @p, @d) AS x(l, s, k, n, c, p, d)
            """))
        {
            command.CommandTimeout = 0;
            command.Parameters.Add(new NpgsqlParameter<long[]>("l", items.Select(i => ids[i.List]).ToArray()));
            command.Parameters.Add(new NpgsqlParameter<long[]>("s", items.Select(i => i.Subject).ToArray()));
            command.Parameters.Add(new NpgsqlParameter("k", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = items.Select(i => Encoding.ASCII.GetBytes("bench:" + i.Subject.ToString(CultureInfo.InvariantCulture))).ToArray() });
            command.Parameters.Add(new NpgsqlParameter<string[]>("n", items.Select(i => i.Name).ToArray()));
            command.Parameters.Add(new NpgsqlParameter<string[]>("c", items.Select(i => i.Person ? "330***********0000" : "").ToArray()));
            command.Parameters.Add(new NpgsqlParameter<bool[]>("p", items.Select(i => i.Person).ToArray()));
            command.Parameters.Add(new NpgsqlParameter<string[]>("d", items.Select(i => i.District).ToArray()));
            await command.ExecuteNonQueryAsync();
        }

        foreach (var s in sets)
        {
            await using var command = data.CreateCommand("""
                INSERT INTO credit.monitoring_set_watches (watch_list_id, kind, district_code, tags, label, created_by, created_at)
                VALUES (@l, @k, @d, @t, @label, 'bench', now())
                """);
            command.Parameters.Add(new NpgsqlParameter<long>("l", ids[s.List]));
            command.Parameters.Add(new NpgsqlParameter<short>("k", s.Kind));
            command.Parameters.Add(new NpgsqlParameter("d", NpgsqlDbType.Varchar) { Value = (object?)s.District ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter<string[]>("t", s.Tags));
            command.Parameters.Add(new NpgsqlParameter<string>("label", s.Label));
            await command.ExecuteNonQueryAsync();
        }

        return ids;
    }

    private static HashSet<string> Tags(Dictionary<long, HashSet<string>> tags, long subject)
    {
        if (!tags.TryGetValue(subject, out var set))
        {
            tags[subject] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        return set;
    }

    private static async Task<int> Execute(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        command.CommandTimeout = 0;
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task ReadAsync(NpgsqlDataSource data, string sql, Action<NpgsqlDataReader> row)
    {
        await using var command = data.CreateCommand(sql);
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            row(reader);
        }
    }

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
