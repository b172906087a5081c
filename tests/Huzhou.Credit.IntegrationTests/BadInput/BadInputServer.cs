using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.BadInput;

/// <summary>What came back for a case: the status, the text a person or a system reads, whether it was accepted.</summary>
internal sealed record BadInputOutcome(int Status, string Text, bool Accepted);

/// <summary>
/// The application in a process of its own (<see cref="AppProcess"/>) on the integration tests' database, with the
/// signed-in clients and API keys the corpus sends its cases with. One per test run, started by the first case and
/// stopped with the test host (<see cref="CreditAppFactory"/>).
/// </summary>
internal sealed class BadInputServer : IAsyncDisposable
{
    /// <summary>
    /// The bound on the server's peak working set (VmHWM) over the whole corpus. Measured: see tests/README.md
    /// (“Bad-input corpus”); a file that is read whole instead of streamed takes gigabytes and trips it.
    /// </summary>
    public const long PeakBound = 1536L * 1024 * 1024;

    private const string Scheme = "YSJ-CXSH";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static BadInputServer? _instance;

    private readonly Dictionary<string, HttpClient> _signedIn = [];
    private readonly Dictionary<string, string> _keys;
    private readonly CreditAppFactory _factory;

    private BadInputServer(CreditAppFactory factory, AppProcess app, Dictionary<string, string> keys)
    {
        _factory = factory;
        App = app;
        _keys = keys;
    }

    public AppProcess App { get; private set; }

    /// <summary>How many times the app process had to be started again because a case killed it (each such case fails).</summary>
    public int Restarts { get; private set; }

    /// <summary>A unified social credit code for this run (the <c>{{uscc}}</c> of the manifest).</summary>
    public string Uscc { get; } = Unique.Uscc();

    public static async Task<BadInputServer> GetAsync(CreditAppFactory factory)
    {
        await Gate.WaitAsync();
        try
        {
            if (_instance is null)
            {
                // The keys are issued through the in-memory host's admin pages: the same database serves both.
                using var admin = await SignedInClient.CreateAsync(factory, "admin");
                var keys = new Dictionary<string, string>
                {
                    ["collection-api"] = await ApiKeys.IssueAsync(admin, "坏输入语料-报送-" + Unique.Digits(4), "collection:write", 100_000, "湖州市市场监督管理局"),
                    ["check-api"] = await ApiKeys.IssueAsync(admin, "坏输入语料-核查-" + Unique.Digits(4), "checks:write", 100_000),
                    ["subjects-api"] = await ApiKeys.IssueAsync(admin, "坏输入语料-主体-" + Unique.Digits(4), "subjects:read", 100_000),
                    ["integrity-api"] = await ApiKeys.IssueAsync(admin, "坏输入语料-诚信码-" + Unique.Digits(4), "integrity:verify", 100_000),
                };
                var app = await AppProcess.StartAsync(factory.ConnectionString);
                _instance = new BadInputServer(factory, app, keys);
                factory.DisposeWith(_instance);
            }
            else if (_instance.App.HasExited)
            {
                // The previous case killed the process (and failed for it): the next cases get a fresh one.
                await _instance.App.DisposeAsync();
                foreach (var client in _instance._signedIn.Values)
                {
                    client.Dispose();
                }

                _instance._signedIn.Clear();
                _instance.App = await AppProcess.StartAsync(factory.ConnectionString);
                _instance.Restarts++;
            }

            return _instance;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Sends the case to the app and reads what it answered.</summary>
    public async Task<BadInputOutcome> RunAsync(BadInputCase c) => c.Target switch
    {
        "collection-upload" => await UploadAsync(c),
        "list-import" => await ListImportAsync(c),
        "points-import" => await PointsImportAsync(c),
        "collection-api" or "check-api" or "subjects-api" or "integrity-api" => await ApiAsync(c),
        "form" => await FormAsync(c),
        _ => throw new InvalidOperationException($"{c.Id}: unknown target {c.Target}."),
    };

    /// <summary>
    /// Rows that a refused input must not have added (<c>stored</c>), and rows that must never be left in a half state
    /// (<c>half</c>: a collection batch queued or running, a draft left behind), for the case's target.
    /// </summary>
    public async Task<long[]> CountsAsync(BadInputCase c, bool stored)
    {
        string[] queries = (c.Target, stored) switch
        {
            ("collection-upload" or "collection-api", true) => ["SELECT count(*) FROM credit.credit_records", "SELECT count(*) FROM credit.subjects"],
            ("list-import", true) => ["SELECT count(*) FROM credit.list_entries", "SELECT count(*) FROM credit.subjects"],
            ("points-import", true) => ["SELECT count(*) FROM credit.integrity_point_events"],
            ("check-api", true) => ["SELECT count(*) FROM credit.sanction_checks", "SELECT count(*) FROM credit.sanction_cases"],
            ("integrity-api", true) => ["SELECT count(*) FROM credit.integrity_redemptions"],
            ("form", true) => ["SELECT count(*) FROM credit.subjects", "SELECT count(*) FROM credit.organisation_accounts", "SELECT count(*) FROM credit.list_entries"],
            (_, true) => [],
            (_, false) => ["SELECT count(*) FROM credit.collection_batches WHERE status IN (1, 2, 3)"],
        };
        var counts = new long[queries.Length];
        for (var i = 0; i < queries.Length; i++)
        {
            counts[i] = await _factory.Database.ScalarAsync<long>(queries[i]);
        }

        return counts;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _signedIn.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
    }

    private HttpClient NewClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = App.Address,
        Timeout = TimeSpan.FromMinutes(3),
    };

    private async Task<HttpClient> SignedInAsync(string user)
    {
        if (!_signedIn.TryGetValue(user, out var client))
        {
            client = NewClient();
            using var response = await SignedInClient.PostLoginAsync(client, user, CreditAppFactory.DemoPassword);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {user} on the app process answered {(int)response.StatusCode}.");
            _signedIn[user] = client;
        }

        return client;
    }

    private async Task<BadInputOutcome> UploadAsync(BadInputCase c)
    {
        var client = await SignedInAsync(c.User ?? "scjg.staff");
        var page = await HtmlPages.GetAsync(client, "/collection/upload");
        using var response = await PostFileAsync(client, "/collection/upload", HtmlPages.AntiforgeryToken(page), c, ("itemCode", "XZCF"));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            return new((int)response.StatusCode, await TextAsync(response), false);
        }

        var (previewStatus, preview) = await PageAsync(client, HtmlPages.Location(response));
        if (previewStatus != HttpStatusCode.OK)
        {
            return new((int)previewStatus, Text(preview), false);
        }

        var accepted = preview.QuerySelector("#confirm-import") is not null;
        var text = Text(preview);
        // Abandon the draft (its stored file is deleted): the corpus never imports.
        if (preview.QuerySelector("form[action$='/cancel']") is not null)
        {
            using var cancelled = await HtmlPages.PostFormAsync(client, preview, "form[action$='/cancel']", []);
            Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        }

        return new((int)response.StatusCode, text, accepted);
    }

    private async Task<BadInputOutcome> ListImportAsync(BadInputCase c)
    {
        var client = await SignedInAsync(c.User ?? "xinyongban");
        var page = await HtmlPages.GetAsync(client, "/lists/import");
        using var response = await PostFileAsync(client, "/lists/import", HtmlPages.AntiforgeryToken(page), c, ("Source", "ProvincialPlatform"));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            return new((int)response.StatusCode, await TextAsync(response), false);
        }

        var (status, result) = await PageAsync(client, HtmlPages.Location(response));
        return new(status == HttpStatusCode.OK ? (int)response.StatusCode : (int)status, Text(result), status == HttpStatusCode.OK);
    }

    private async Task<BadInputOutcome> PointsImportAsync(BadInputCase c)
    {
        var client = await SignedInAsync(c.User ?? "wuxing.staff");
        var page = await HtmlPages.GetAsync(client, $"/integrity/schemes/{Scheme}");
        using var response = await PostFileAsync(client, $"/integrity/schemes/{Scheme}/import", HtmlPages.AntiforgeryToken(page), c);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            return new((int)response.StatusCode, await TextAsync(response), false);
        }

        var (status, landed) = await PageAsync(client, HtmlPages.Location(response));
        if (status != HttpStatusCode.OK)
        {
            return new((int)status, Text(landed), false);
        }

        var alerts = string.Join(" | ", landed.QuerySelectorAll(".alert").Select(e => e.TextContent.Trim()));
        return new((int)response.StatusCode, alerts, landed.QuerySelector(".alert-success") is not null);
    }

    private async Task<BadInputOutcome> ApiAsync(BadInputCase c)
    {
        using var client = NewClient();
        using var request = new HttpRequestMessage(new HttpMethod(c.Method ?? "POST"), BadInputCase.Expand(c.Path!, Uscc));
        request.Headers.Add("X-Api-Key", _keys[c.Target]);
        // As curl does for a large body: a body past the server's limit is answered (413) before it is sent.
        request.Headers.ExpectContinue = true;
        if (c.Body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(BadInputCase.Expand(c.Body, Uscc)));
            if (c.ContentType != "none")
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(c.ContentType ?? "application/json");
            }
        }

        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var text = await TextAsync(response);
        if (c.Target == "collection-api" && status == 200)
        {
            // A delivery is answered 200 with its counts: a record refused with its reason is refused, not accepted.
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return new(status, text, json.RootElement.GetProperty("rejected").GetInt32() == 0);
        }

        return new(status, text, status < 300);
    }

    private async Task<BadInputOutcome> FormAsync(BadInputCase c)
    {
        using var anonymous = c.User is null ? NewClient() : null;
        var client = anonymous ?? await SignedInAsync(c.User!);
        var page = await HtmlPages.GetAsync(client, c.Path!);
        var fields = (c.Fields ?? []).ToDictionary(f => f.Key, f => BadInputCase.Expand(f.Value, Uscc));
        using var response = await HtmlPages.PostFormAsync(client, page, c.Form!, fields);
        var status = (int)response.StatusCode;
        return new(status, await TextAsync(response), response.StatusCode == HttpStatusCode.Redirect);
    }

    private static async Task<(HttpStatusCode Status, IHtmlDocument Page)> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await HtmlPages.ParseAsync(response));
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string url, string token, BadInputCase c, params (string Name, string Value)[] fields)
    {
        var path = BadInputFiles.PathOf(c);
        using var form = new MultipartFormDataContent { { new StringContent(token), HtmlPages.AntiforgeryField } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        await using var stream = File.OpenRead(path);
        var file = new StreamContent(stream, 1 << 16);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", c.Name ?? Path.GetFileName(path));
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
        request.Headers.ExpectContinue = true;
        return await client.SendAsync(request);
    }

    /// <summary>The answer as a person or a system reads it: a page's text, or every string of a JSON body.</summary>
    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        if (type.Contains("html", StringComparison.Ordinal))
        {
            return Text(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body));
        }

        if (type.Contains("json", StringComparison.Ordinal))
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                var strings = new List<string>();
                Collect(json.RootElement, strings);
                return string.Join(" | ", strings);
            }
            catch (JsonException)
            {
            }
        }

        return body;
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            default:
                strings.Add(element.GetRawText());
                break;
        }
    }

    private static string Text(IHtmlDocument page) =>
        string.Join(' ', (page.QuerySelector("main") ?? page.Body)?.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? []);
}
