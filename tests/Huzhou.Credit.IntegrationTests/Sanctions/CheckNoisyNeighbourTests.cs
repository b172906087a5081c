using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;

namespace Huzhou.Credit.IntegrationTests.Sanctions;

/// <summary>
/// Issue #23 item 1: checks of different API clients share the check log's batches and the grouped credit-status
/// lookups, so one client's poisoned text must never fail another's checks. It is refused (400 in Chinese, naming the
/// field) before it joins a batch.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class CheckNoisyNeighbourTests(CreditAppFactory factory)
{
    private const string Approval = "SX-001";

    /// <summary>References (as raw JSON string literals) that must never reach the shared log.</summary>
    private static readonly string[] Poisoned =
    [
        "\"B-NUL-\\u0000-1\"", // PostgreSQL refuses a NUL in text (22021): today the whole batch fails
        "\"B-BIDI-\\u202E-2\"", // right-to-left override: makes the log read differently from what was sent
        "\"B-LRI-\\u2066-3\"",
        "\"B-BELL-\\u0007-4\"",
        "\"B-DEL-\\u007F-5\"",
        "\"B-SURROGATE-\\ud800-6\"", // a lone surrogate: not encodable as UTF-8
        "\"" + new string('长', 101) + "\"",
    ];

    [Fact]
    public async Task A_client_sending_poisoned_references_never_fails_another_clients_checks()
    {
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}商贸有限公司";
        using (var office = await SignedInClient.CreateAsync(factory, "xinyongban"))
        {
            await SubjectForms.CreateOrganisationAsync(office, name, uscc, "330502");
        }

        await factory.SettleEventsAsync();
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        using var good = factory.CreateClient();
        good.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, "守规矩系统" + Unique.Digits(5), "checks:write", 100_000));
        using var noisy = factory.CreateClient();
        noisy.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, "捣乱系统" + Unique.Digits(5), "checks:write", 100_000));
        var run = Unique.Digits(6);

        const int Rounds = 6;
        var goodCalls = Enumerable.Range(0, Rounds * Poisoned.Length).Select(async i =>
        {
            using var response = await good.PostAsJsonAsync("/api/v1/checks", new { code = uscc, matter = Approval, stage = "受理", reference = $"A-{run}-{i}" });
            return (Reference: $"A-{run}-{i}", response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        });
        var noisyCalls = Enumerable.Range(0, Rounds).SelectMany(_ => Poisoned).Select(async reference =>
        {
            var json = $$"""{"code":"{{uscc}}","matter":"{{Approval}}","stage":"受理","reference":{{reference}}}""";
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await noisy.PostAsync("/api/v1/checks", content);
            return (Reference: reference, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        });
        // Interleaved so the two clients' checks arrive together and share batches.
        var all = await Task.WhenAll(goodCalls.Zip(noisyCalls, (a, b) => new[] { a, b }).SelectMany(pair => pair));
        var goodAnswers = all.Where((_, i) => i % 2 == 0).ToList();
        var noisyAnswers = all.Where((_, i) => i % 2 == 1).ToList();

        Assert.All(goodAnswers, a => Assert.True(a.StatusCode == HttpStatusCode.OK, $"{a.Reference}: {(int)a.StatusCode} {a.Body}"));
        Assert.Equal(goodAnswers.Count, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.sanction_checks WHERE subject_code = $1 AND reference LIKE $2", uscc, $"A-{run}-%"));
        Assert.All(noisyAnswers, a =>
        {
            Assert.True(a.StatusCode == HttpStatusCode.BadRequest, $"{a.Reference}: {(int)a.StatusCode} {a.Body}");
            var problem = JsonDocument.Parse(a.Body).RootElement;
            Assert.Equal("请求无效", problem.GetProperty("title").GetString());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()));
            if (a.Reference.Contains("ud800", StringComparison.Ordinal))
            {
                return; // the JSON reader already refuses an escaped lone surrogate: the body is not read at all
            }

            Assert.Contains("reference", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.True(problem.GetProperty("errors").TryGetProperty("reference", out _), a.Body);
        });
        Assert.Equal(0, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.sanction_checks WHERE subject_code = $1 AND reference LIKE 'B-%'", uscc));
    }

    [Theory]
    [InlineData("code", "\"91330502\\u0000\"")]
    [InlineData("name", "\"湖州\\u202E公司\"")]
    [InlineData("matter", "\"SX-001\\u0000\"")]
    [InlineData("stage", "\"受理\\u0000\"")]
    public async Task Control_and_bidi_characters_in_any_field_are_refused_naming_the_field(string field, string value)
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        using var system = factory.CreateClient();
        system.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, "字段测试系统" + Unique.Digits(5), "checks:write", 600));
        var body = new Dictionary<string, string> { ["code"] = $"\"{Unique.Uscc()}\"", ["matter"] = "\"SX-001\"", ["stage"] = "\"受理\"" };
        body[field] = value;
        var json = "{" + string.Join(",", body.Select(p => $"\"{p.Key}\":{p.Value}")) + "}";

        using var single = await system.PostAsync("/api/v1/checks", new StringContent(json, Encoding.UTF8, "application/json"));
        using var batch = await system.PostAsync("/api/v1/checks/batch", new StringContent($"{{\"checks\":[{json}]}}", Encoding.UTF8, "application/json"));

        var text = await single.Content.ReadAsStringAsync();
        Assert.True(single.StatusCode == HttpStatusCode.BadRequest, $"{(int)single.StatusCode} {text}");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), text);
        Assert.Contains(field, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var batchText = await batch.Content.ReadAsStringAsync();
        Assert.True(batch.StatusCode == HttpStatusCode.OK, $"{(int)batch.StatusCode} {batchText}");
        var item = JsonDocument.Parse(batchText).RootElement.GetProperty("results")[0];
        Assert.Equal(400, item.GetProperty("status").GetInt32());
        Assert.Contains(field, item.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
