using System.Diagnostics;
using System.Globalization;
using Huzhou.Credit.Contracts.Subjects;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.Bench;

/// <summary>
/// The portal's name search through the real <see cref="IPublicRegistry"/> (a fresh DI scope per query, as a request
/// has), <c>take: 30</c> as the portal page asks. Query mixes come from the database's own names: the fragments people
/// type most (有限, 湖州, 科技 ...), random 2-, 3- and 4-character fragments of random organisations' names, whole names,
/// full codes, and persons' names (the portal never returns persons, but people type them).
/// </summary>
internal static class SearchScenarios
{
    public const int Take = 30;

    /// <summary>Fragments a visitor is likely to type that match very many names.</summary>
    private static readonly string[] Common =
    [
        "有限", "公司", "有限公司", "湖州", "浙江", "科技", "建材", "南浔", "长兴", "吴兴", "安吉", "德清", "贸易", "服装", "织里",
        "童装", "合作社", "股份", "责任", "集团", "经营部", "加工部", "协会", "中心", "人民", "湖州市", "科技有限公司", "有限责任公司",
    ];

    public static async Task RunAsync(IServiceProvider services, NpgsqlDataSource data, string label, PortalOptions options)
    {
        var names = new List<string>();
        var codes = new List<string>();
        await using (var command = data.CreateCommand("SELECT name, uscc FROM credit.subjects WHERE kind <> 5 AND uscc IS NOT NULL ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
                codes.Add(reader.GetString(1));
            }
        }

        var persons = new List<string>();
        await using (var command = data.CreateCommand("SELECT name FROM credit.subjects WHERE kind = 5 AND id % 997 = 0 ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                persons.Add(reader.GetString(0));
            }
        }

        var rnd = new Random(20261127);
        var n = options.Iterations;
        string Fragment(int length)
        {
            while (true)
            {
                var name = names[rnd.Next(names.Count)];
                if (name.Length >= length)
                {
                    return name.Substring(rnd.Next(name.Length - length + 1), length);
                }
            }
        }

        var common = Common.Where(c => names.Any(x => x.Contains(c, StringComparison.Ordinal))).ToArray();
        var mixes = new (string Scenario, string[] Queries)[]
        {
            ("common fragments (有限, 湖州, 科技 ...)", Enumerable.Range(0, n).Select(i => common[i % common.Length]).ToArray()),
            ("2-character fragments of random names", Enumerable.Range(0, n).Select(_ => Fragment(2)).ToArray()),
            ("3-character fragments", Enumerable.Range(0, n).Select(_ => Fragment(3)).ToArray()),
            ("4-character fragments", Enumerable.Range(0, n).Select(_ => Fragment(4)).ToArray()),
            ("whole names", Enumerable.Range(0, n).Select(_ => names[rnd.Next(names.Count)]).ToArray()),
            ("full codes (USCC)", Enumerable.Range(0, n).Select(_ => codes[rnd.Next(codes.Count)]).ToArray()),
            ("persons' names (no person is ever returned)", Enumerable.Range(0, n).Select(_ => persons[rnd.Next(persons.Count)]).ToArray()),
        };

        Report.Line($"search on {label}: {names.Count:N0} organisations loaded; warming up ...");
        foreach (var (_, queries) in mixes)
        {
            foreach (var q in queries.Take(Math.Max(20, n / 10)))
            {
                await SearchAsync(services, q);
            }
        }

        var cpu = new CpuSample();
        // Interleaved: one query of each mix in turn, so a background disturbance hits every mix alike.
        var timings = mixes.Select(m => new Timings(m.Scenario)).ToArray();
        var perCommon = common.ToDictionary(c => c, c => new Timings(c), StringComparer.Ordinal);
        var exactFirst = 0;
        for (var i = 0; i < n; i++)
        {
            for (var m = 0; m < mixes.Length; m++)
            {
                var q = mixes[m].Queries[i];
                var (ms, found) = await SearchAsync(services, q);
                timings[m].Add(ms, $"{q} ({found.Count} shown)");
                if (m == 4 && found.Count > 0 && found[0].Name == q)
                {
                    exactFirst++;
                }

                if (m == 0)
                {
                    perCommon[q].Add(ms, q);
                }
            }
        }

        var load = cpu.Describe();
        var all = new Timings("all of the above");
        foreach (var t in timings)
        {
            all.AddRange(t);
        }

        var twoOrMore = new Timings("name fragments of 2+ characters (first four mixes)");
        foreach (var t in timings.Take(4))
        {
            twoOrMore.AddRange(t);
        }

        Console.WriteLine();
        Console.WriteLine($"### Portal search, IPublicRegistry.SearchAsync(q, take: {Take}), {label}");
        Console.WriteLine();
        Console.WriteLine(Timings.Header);
        foreach (var t in timings.Append(twoOrMore).Append(all))
        {
            Console.WriteLine(t.Row());
        }

        Console.WriteLine();
        Console.WriteLine($"whole names: the exact name came first in {exactFirst} of {n}; {load}");
        Console.WriteLine();
        Console.WriteLine("| common fragment | organisations whose name contains it | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var c in common)
        {
            var t = perCommon[c];
            var matches = names.Count(x => x.Contains(c, StringComparison.OrdinalIgnoreCase));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {c} | {matches:N0} | {t.Percentile(50):0.00} | {t.Percentile(95):0.00} | {t.Percentile(100):0.00} |"));
        }

        Console.WriteLine();
        Console.WriteLine("slowest queries:");
        foreach (var (ms, what) in all.Slowest(8))
        {
            var q = what[..what.LastIndexOf(" (", StringComparison.Ordinal)];
            var matches = q.Length >= 2 ? names.Count(x => x.Contains(q, StringComparison.OrdinalIgnoreCase)) : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,8:0.00} ms  {what}, {matches:N0} organisations contain it"));
        }

        Console.WriteLine();
    }

    private static async Task<(double Ms, IReadOnlyList<PublicOrganisation> Found)> SearchAsync(IServiceProvider services, string q)
    {
        var start = Stopwatch.GetTimestamp();
        await using var scope = services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<IPublicRegistry>();
        var results = await registry.SearchAsync(q, Take);
        return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, results);
    }
}
