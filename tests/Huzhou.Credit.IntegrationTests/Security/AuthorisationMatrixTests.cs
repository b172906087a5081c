using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Security;

/// <summary>
/// The authorisation matrix (issue #23, "How it is checked"): <see cref="AuthorisationMatrix.Table"/> has one row per
/// route and method the host maps, with what each kind of caller must get.
/// </summary>
/// <remarks>
/// <para>Coverage: every endpoint of the running host's <see cref="EndpointDataSource"/> (controller actions with their
/// attribute routes, minimal APIs such as the check API, health checks, the OpenAPI document, the Hangfire dashboard)
/// must have a row, and every row must still be mapped. A new route without a rule fails the build.</para>
/// <para>Matrix: each row is asked as each caller, with real ids from the row's fixture, in parallel (no browser).
/// The rule for methods that change data:</para>
/// <list type="bullet">
/// <item>GET (and <c>ANY</c>, asked with GET) is asked of every caller, allowed or not; an allowed GET must answer 2xx
/// or a redirect that is not to a sign-in or access-denied page.</item>
/// <item>POST is sent only to the callers the table refuses, each with the caller's own valid antiforgery token and
/// an otherwise empty form (or <c>{}</c> to <c>/api</c>), so that a refusal is the authorisation's and not the CSRF
/// check's (a 400 is a mismatch). POSTs are not sent to the allowed callers, because they would approve, publish,
/// revoke or sign out for real in the database the other test classes share; the module tests exercise them.</item>
/// </list>
/// <para>Every mismatch is listed in one failure, so a run shows the whole picture.</para>
/// </remarks>
[Collection(CreditCollection.Name)]
public sealed partial class AuthorisationMatrixTests(CreditAppFactory factory)
{
    private static readonly string[] KeyScopes = ["subjects:read", "collection:write", "checks:write", "integrity:verify"];
    private static readonly string[] KeyCodes = ["sub", "col", "chk", "int"];

    [Fact]
    public void Every_mapped_endpoint_has_a_row_and_every_row_is_mapped()
    {
        var mapped = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            if (endpoint is not RouteEndpoint route || endpoint.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching == true)
            {
                continue;
            }

            var pattern = "/" + route.RoutePattern.RawText!.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            foreach (var method in methods is { Count: > 0 } ? methods : ["ANY"])
            {
                mapped.Add(method + " " + pattern);
            }
        }

        var rows = Rows().Select(r => r.Key).ToList();
        var duplicates = rows.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var missing = mapped.Except(rows).ToList();
        var stale = rows.Except(mapped).ToList();
        Assert.True(missing.Count == 0 && stale.Count == 0 && duplicates.Count == 0,
            (missing.Count > 0 ? $"Routes the host maps without a row in AuthorisationMatrix.Table (add one):\n  {string.Join("\n  ", missing)}\n" : "")
            + (stale.Count > 0 ? $"Rows whose route the host no longer maps (remove or correct them):\n  {string.Join("\n  ", stale)}\n" : "")
            + (duplicates.Count > 0 ? $"Rows listed twice:\n  {string.Join("\n  ", duplicates)}\n" : ""));
        Assert.True(mapped.Count > 150, $"Only {mapped.Count} endpoints found: the host's endpoint list was not read.");
    }

    [Fact]
    public async Task Every_caller_gets_what_the_table_says()
    {
        var rows = Rows();
        var callers = await SignInEveryCallerAsync();
        var values = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var fixture in rows.Select(r => r.Fixture).Where(f => f != "-").Distinct())
        {
            values[fixture] = await ResolveAsync(fixture);
        }

        var probes = new List<(Row Row, Caller Caller, string Expected, string Url)>();
        foreach (var row in rows)
        {
            var url = Fill(row, row.Fixture == "-" ? new Dictionary<string, string>() : values[row.Fixture]);
            foreach (var caller in callers)
            {
                var expected = Expected(row, caller.Name);
                if (row.Method == "POST" && expected == "ok")
                {
                    continue;
                }

                probes.Add((row, caller, expected, url));
            }
        }

        var mismatches = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(probes, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (probe, cancellationToken) =>
        {
            using var request = new HttpRequestMessage(probe.Row.Method == "POST" ? HttpMethod.Post : HttpMethod.Get, probe.Url);
            if (probe.Row.Method == "POST")
            {
                request.Content = probe.Url.StartsWith("/api/", StringComparison.Ordinal)
                    ? new StringContent("{}", Encoding.UTF8, "application/json")
                    : new FormUrlEncodedContent([new(HtmlPages.AntiforgeryField, probe.Caller.Token)]);
            }

            using var response = await probe.Caller.Client.SendAsync(request, cancellationToken);
            var actual = Classify(response, probe.Row.Method == "POST");
            if (actual.Code != probe.Expected)
            {
                mismatches.Add($"{probe.Row.Key} ({probe.Url}) as {probe.Caller.Name}: expected {probe.Expected}, got {actual.Code} ({actual.Detail})");
            }
        });

        foreach (var caller in callers)
        {
            caller.Client.Dispose();
        }

        Assert.True(mismatches.IsEmpty,
            $"{mismatches.Count} of {probes.Count} requests did not get what AuthorisationMatrix.Table says:\n  " + string.Join("\n  ", mismatches.Order(StringComparer.Ordinal)));
    }

    internal sealed record Row(string Method, string Route, string Fixture, IReadOnlyList<string> Codes)
    {
        public string Key => Method + " " + Route;
    }

    private sealed record Caller(string Name, HttpClient Client, string Token);

    internal static IReadOnlyList<Row> Rows()
    {
        var rows = new List<Row>();
        foreach (var raw in AuthorisationMatrix.Table.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length != 3 + AuthorisationMatrix.Callers.Length)
            {
                throw new InvalidOperationException($"Row '{line}' has {tokens.Length - 3} codes; the table has {AuthorisationMatrix.Callers.Length} callers.");
            }

            if (tokens[2] != "-" && !AuthorisationMatrix.Fixtures.ContainsKey(tokens[2]))
            {
                throw new InvalidOperationException($"Row '{line}' names the fixture '{tokens[2]}', which AuthorisationMatrix.Fixtures does not have.");
            }

            rows.Add(new Row(tokens[0], tokens[1], tokens[2], tokens[3..]));
        }

        return rows;
    }

    /// <summary>What <paramref name="caller"/> must get: its column, or for an API key the <c>keys</c> column's rule.</summary>
    private static string Expected(Row row, string caller)
    {
        var keyIndex = Array.IndexOf(KeyCodes, caller);
        if (keyIndex < 0)
        {
            return row.Codes[Array.IndexOf(AuthorisationMatrix.Callers, caller)];
        }

        var keys = row.Codes[^1];
        return keys == "anon" ? row.Codes[0] : keys == caller ? "ok" : "403";
    }

    private static string Fill(Row row, IReadOnlyDictionary<string, string> values) =>
        RouteParameter().Replace(row.Route, m => values.TryGetValue(m.Groups["name"].Value, out var value)
            ? Uri.EscapeDataString(value)
            : throw new InvalidOperationException($"The fixture '{row.Fixture}' of {row.Key} gives no value for {{{m.Groups["name"].Value}}}."));

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    private async Task<IReadOnlyDictionary<string, string>> ResolveAsync(string fixture)
    {
        await using var command = factory.Database.CreateCommand(AuthorisationMatrix.Fixtures[fixture]);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync() && !reader.IsDBNull(0), $"The fixture '{fixture}' found nothing in the test database: {AuthorisationMatrix.Fixtures[fixture]}");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            values[reader.GetName(i)] = Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
        }

        return values;
    }

    /// <summary>The answer as a table code: the sign-in page a redirect goes to, a refusal, or <c>ok</c>.</summary>
    private (string Code, string Detail) Classify(HttpResponseMessage response, bool post)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            var location = response.Headers.Location is null ? "" : HtmlPages.Location(response);
            var code = location.Contains("error=", StringComparison.Ordinal) || LeavesError(response) ? "msg"
                : location.StartsWith("/account/login", StringComparison.Ordinal) ? "in"
                : location.StartsWith("/account/access-denied", StringComparison.Ordinal) ? "403"
                : location.StartsWith("/org/login", StringComparison.Ordinal) ? "org"
                : location.StartsWith("/citizen/login", StringComparison.Ordinal) ? "cit"
                : location == "/kiosk" ? "kio"
                : "ok";
            return (code, $"{status} to {location}");
        }

        return status switch
        {
            < 300 => ("ok", status.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            401 or 403 or 404 => (status.ToString(System.Globalization.CultureInfo.InvariantCulture), ""),
            422 => ("msg", "422"),
            _ => (status.ToString(System.Globalization.CultureInfo.InvariantCulture), post ? "a POST refused by something else than authorisation" : ""),
        };
    }

    /// <summary>Whether a redirect leaves an error message for the next page (<c>TempData.Error</c>, shown by the layout).</summary>
    private bool LeavesError(HttpResponseMessage response)
    {
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith(CookieTempDataProvider.CookieName + "=", StringComparison.Ordinal))
            : null;
        if (cookie is null)
        {
            return false;
        }

        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = cookie;
        return factory.Services.GetRequiredService<ITempDataProvider>().LoadTempData(context).ContainsKey(Flash.ErrorKey);
    }

    /// <summary>Every caller of the table's columns, signed in the way each really signs in, with its antiforgery token.</summary>
    private async Task<IReadOnlyList<Caller>> SignInEveryCallerAsync()
    {
        var staff = new (string Name, string UserName)[]
        {
            ("admin", "admin"), ("xyb", "xinyongban"), ("cxxyb", "changxing.xyb"), ("staff", "scjg.staff"), ("rev", "scjg.reviewer"),
            ("wxst", "wuxing.staff"), ("cxst", "changxing.staff"), ("kiosk", "kiosk"), ("verif", "hexiao.tsg"),
        };
        var callers = new List<Caller>();
        var anonymous = SignedInClient.Anonymous(factory);
        callers.Add(new("anon", anonymous, await TokenAsync(anonymous, "/account/login")));
        foreach (var (name, userName) in staff)
        {
            var client = await SignedInClient.CreateAsync(factory, userName);
            // The terminal's only form is a dossier's report button (every other page sends it back to /kiosk).
            var page = name == "kiosk" ? "/kiosk/dossier/" + (await ResolveAsync("organisation"))["uscc"] : "/account/password";
            callers.Add(new(name, client, await TokenAsync(client, page)));
        }

        var organisation = SignedInClient.Anonymous(factory);
        using (var signedIn = await HtmlPages.PostFormAsync(organisation, await HtmlPages.GetAsync(organisation, "/org/login"), "form[action='/org/login']", new()
        {
            ["LoginName"] = "qiye.demo", ["Password"] = CreditAppFactory.DemoPassword,
        }))
        {
            Assert.Equal("/org", HtmlPages.Location(signedIn));
        }

        callers.Add(new("org", organisation, await TokenAsync(organisation, "/org")));

        var citizen = SignedInClient.Anonymous(factory);
        using (var signedIn = await HtmlPages.PostFormAsync(citizen, await HtmlPages.GetAsync(citizen, "/citizen/login"), "#citizen-login", new()
        {
            ["loginName"] = "shimin.demo", ["password"] = CreditAppFactory.DemoPassword,
        }))
        {
            Assert.Equal("/citizen", HtmlPages.Location(signedIn));
        }

        callers.Add(new("cit", citizen, await TokenAsync(citizen, "/citizen")));

        var admin = callers.Single(c => c.Name == "admin").Client;
        for (var i = 0; i < KeyScopes.Length; i++)
        {
            var key = await ApiKeys.IssueAsync(admin, "权限矩阵 " + KeyScopes[i] + " " + Unique.Digits(6), KeyScopes[i], 100_000);
            var client = SignedInClient.Anonymous(factory);
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            callers.Add(new(KeyCodes[i], client, await TokenAsync(client, "/account/login")));
        }

        return callers;
    }

    private static async Task<string> TokenAsync(HttpClient client, string page) =>
        HtmlPages.AntiforgeryToken(await HtmlPages.GetAsync(client, page));
}
