using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Npgsql;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>
/// Issue #24 "Tests (in CI)": PostgreSQL itself restarted under a check load. The test starts a cluster of its own
/// (scripts/pg-cluster.sh), seeds a small city into it with the application's own <c>seed</c> command, runs the built
/// application against it in a process of its own, and stops and starts the cluster while eight clients check back to
/// back. No check answered 200 is missing from the check log; while the database is down a check answers 503 with
/// ProblemDetails (never 500); once the database accepts connections again no check fails.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class PostgresRestartTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Restarting_PostgreSQL_under_a_check_load_loses_no_answered_check_and_fails_only_while_it_is_down()
    {
        // A business system's key, issued on the test host and carried over to the new cluster's database.
        string key;
        using (var admin = await SignedInClient.CreateAsync(factory, "admin"))
        {
            key = await ApiKeys.IssueAsync(admin, "重启测试系统" + Unique.Digits(5), "checks:write", 100_000);
        }

        var client = await factory.Database.ScalarAsync<string>(
            "SELECT (row_to_json(c)::jsonb - 'id' - 'department_id')::text FROM credit.api_clients c WHERE c.key_prefix = $1", key.Split('_')[1]);
        var department = await factory.Database.ScalarAsync<string>(
            "SELECT d.code FROM credit.api_clients c JOIN credit.departments d ON d.id = c.department_id WHERE c.key_prefix = $1", key.Split('_')[1]);

        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "credit-pg-restart-" + Unique.Digits(8)));
        var port = AppProcess.FreePort();
        await ClusterAsync("start", directory.FullName, port.ToString(CultureInfo.InvariantCulture), "--fast");
        try
        {
            var server = PostgresServer.At($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres");
            var database = await server.CreateDatabaseAsync("restart_" + Unique.Digits(6));
            var seeded = await AppProcess.RunCommandAsync(database.App, ["seed", "--scale", "60"],
                new Dictionary<string, string> { ["ConnectionStrings:CreditOwner"] = database.Owner }, TimeSpan.FromMinutes(10));
            Assert.True(seeded.ExitCode == 0, "seed failed:\n" + seeded.Output);

            await using var own = NpgsqlDataSource.Create(database.Superuser);
            await own.ExecuteAsync(
                """
                INSERT INTO credit.api_clients
                SELECT (json_populate_record(NULL::credit.api_clients, ($1::jsonb || jsonb_build_object('department_id', (SELECT id FROM credit.departments WHERE code = $2), 'id', (SELECT coalesce(max(id), 0) + 1000 FROM credit.api_clients)))::json)).*
                """, client, department);
            var uscc = await own.ScalarAsync<string>("SELECT uscc FROM credit.subjects WHERE uscc IS NOT NULL AND status = 1 ORDER BY id LIMIT 1");

            await using var app = await AppProcess.StartAsync(database.App);
            using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(30) };
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
            var answers = new ConcurrentBag<(string Reference, int Status, string? ContentType, TimeSpan Started, TimeSpan Ended)>();
            var clock = Stopwatch.StartNew();
            using var stop = new CancellationTokenSource();
            var run = Unique.Digits(6);
            var next = 0;
            var clients = Enumerable.Range(0, 8).Select(async _ =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var reference = $"R-{run}-{Interlocked.Increment(ref next)}";
                    var started = clock.Elapsed;
                    try
                    {
                        using var response = await http.PostAsJsonAsync("/api/v1/checks", new { code = uscc, matter = "SX-001", stage = "受理", reference });
                        answers.Add((reference, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, started, clock.Elapsed));
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            await Task.Delay(50);
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        answers.Add((reference, 0, null, started, clock.Elapsed));
                    }
                }
            }).ToArray();

            await Eventually.WaitAsync(() => answers.Count(a => a.Status == 200) >= 300, TimeSpan.FromSeconds(60), () => "no steady check load before the restart:\n" + app.Output);
            var down = clock.Elapsed;
            await ClusterAsync("stop", directory.FullName);
            await Task.Delay(TimeSpan.FromSeconds(2));
            await ClusterAsync("start", directory.FullName, port.ToString(CultureInfo.InvariantCulture), "--fast");
            var up = clock.Elapsed;
            var answeredBeforeUp = answers.Count(a => a.Status == 200);
            await Eventually.WaitAsync(() => answers.Count(a => a.Status == 200 && a.Started > up) >= 300, TimeSpan.FromSeconds(60), () => "checks did not resume after the restart:\n" + app.Output);
            await stop.CancelAsync();
            await Task.WhenAll(clients);

            var all = answers.ToList();
            var failedAfterUp = all.Where(a => a.Status != 200 && a.Started > up).ToList();
            Assert.True(failedAfterUp.Count == 0,
                $"{failedAfterUp.Count} checks started after the database was back failed: {string.Join(", ", failedAfterUp.Take(10).Select(a => a.Status))}\n{app.Output}");
            var wrong = all.Where(a => a.Status != 200 && !(a.Status == 503 && a.ContentType == "application/problem+json")).ToList();
            Assert.True(wrong.Count == 0,
                $"{wrong.Count} checks failed otherwise than with a 503 ProblemDetails: {string.Join(", ", wrong.Take(10).Select(a => $"{a.Status} {a.ContentType}"))}\n{app.Output}");
            var outsideWindow = all.Where(a => a.Status != 200 && a.Ended < down).ToList();
            Assert.True(outsideWindow.Count == 0, $"{outsideWindow.Count} checks failed before the database went down");

            var answered = all.Where(a => a.Status == 200).Select(a => a.Reference).ToList();
            own.Clear(); // the test's own pooled connection died with the restart too
            var logged = (await own.ScalarAsync<string[]>(
                "SELECT coalesce(array_agg(DISTINCT reference), '{}') FROM credit.sanction_checks WHERE reference LIKE $1", $"R-{run}-%")).ToHashSet();
            var missing = answered.Where(r => !logged.Contains(r)).ToList();
            Assert.True(missing.Count == 0, $"{missing.Count} of {answered.Count} checks answered 200 are missing from the log: {string.Join(", ", missing.Take(10))}");
            Console.WriteLine(
                $"PostgreSQL restart under load: down for {(up - down).TotalSeconds:0.0} s; {answeredBeforeUp} checks answered before it was back, " +
                $"{all.Count(a => a.Status == 503)} answered 503 while it was down, {all.Count(a => a.Status == 0)} lost their connection, none failed after it was back");
            NpgsqlConnection.ClearAllPools();
        }
        finally
        {
            await ClusterAsync("stop", directory.FullName);
            try
            {
                directory.Delete(recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static async Task ClusterAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppProcess.RepositoryRoot(), "scripts", "pg-cluster.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        Assert.True(process.ExitCode == 0, $"pg-cluster.sh {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}\n{await error}");
    }
}
