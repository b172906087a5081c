using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Sanctions;

/// <summary>
/// The check API as a business system uses it: a black-listed enterprise is blocked with the list, its basis and
/// dates; a red-listed one is favoured; bad records warn; unknown codes and bad input are answered in Chinese; every
/// check is logged with the rule-set version.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class CheckApiTests(CreditAppFactory factory)
{
    private const string Procurement = "SX-060";
    private const string Approval = "SX-001";
    private static string? _key;

    [Fact]
    public async Task A_black_listed_enterprise_is_blocked_at_acceptance_with_the_list_basis_and_dates_and_the_check_is_logged()
    {
        var (uscc, name) = await OrganisationAsync();
        var document = $"（2026）浙0502执{Unique.Digits(5)}号";
        await ListAsync("SXBZXR", uscc, name, document);
        using var system = await SystemAsync();

        var answer = await CheckAsync(system, new { code = uscc, name, matter = Procurement, stage = "受理", reference = "ZFCG-2026-001" });

        Assert.Equal("block", answer.GetProperty("decision").GetString());
        Assert.False(answer.GetProperty("nameMismatch").GetBoolean());
        var hit = answer.GetProperty("hits").EnumerateArray().Single();
        Assert.Equal("CF-ZFCG", hit.GetProperty("measure").GetProperty("code").GetString());
        Assert.Equal("block", hit.GetProperty("action").GetString());
        Assert.Contains("政府采购法", hit.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        var fact = hit.GetProperty("facts")[0].GetString()!;
        Assert.Contains("失信被执行人", fact, StringComparison.Ordinal);
        Assert.Contains(document, fact, StringComparison.Ordinal);
        Assert.Matches(@"\d{4}-\d{2}-\d{2} 起", fact);
        var version = answer.GetProperty("ruleSetVersion").GetInt32();
        Assert.True(version >= 1);
        var id = answer.GetProperty("checkId").GetInt64();
        Assert.Equal(4, await factory.Database.ScalarAsync<short>("SELECT decision FROM credit.sanction_checks WHERE id = $1", id));
        Assert.Equal(version, await factory.Database.ScalarAsync<int>("SELECT rule_set_version FROM credit.sanction_checks WHERE id = $1", id));
        Assert.Equal("ZFCG-2026-001", await factory.Database.ScalarAsync<string>("SELECT reference FROM credit.sanction_checks WHERE id = $1", id));
        // The hits are logged in the packed column (CheckHitsPacking: Brotli when that makes them smaller), not as text.
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT hits IS NULL AND hits_packed IS NOT NULL FROM credit.sanction_checks WHERE id = $1", id));
    }

    [Fact]
    public async Task The_staff_check_log_shows_the_hits_of_packed_rows_and_of_rows_logged_before_packing()
    {
        var (uscc, name) = await OrganisationAsync();
        await ListAsync("SXBZXR", uscc, name, $"（2026）浙0502执{Unique.Digits(5)}号");
        using var system = await SystemAsync();
        var answer = await CheckAsync(system, new { code = uscc, matter = Procurement, stage = "受理", reference = "ZFCG-LOG-1" });
        var version = answer.GetProperty("ruleSetVersion").GetInt32();
        // A row as the log kept it before it packed hits: JSON text in hits, nothing in hits_packed.
        await factory.Database.ExecuteAsync(
            """
            INSERT INTO credit.sanction_checks (checked_at, caller, subject_code, subject_id, name_mismatch, matter_code, stage, reference, decision, rule_set_version, hits, hits_packed)
            VALUES (now() - interval '1 day', '旧版调用方', $1, NULL, false, $2, 1, 'ZFCG-LOG-0', 2, $3,
                    '[{"rule":"旧版规则：信用核查提示","measure":"CF-XYHC","action":"Warn","facts":["行政处罚信息 湖市监处罚〔2025〕1号（2025-06-01，严重）"]}]', NULL)
            """,
            uscc, Procurement, version);
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");

        var page = await HtmlPages.GetAsync(office, $"/sanctions/checks?code={uscc}");

        var rows = page.QuerySelectorAll("#check-log tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("ZFCG-LOG-1", StringComparison.Ordinal) && r.Contains("失信被执行人", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("ZFCG-LOG-0", StringComparison.Ordinal) && r.Contains("旧版规则：信用核查提示", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_red_listed_enterprise_is_favoured_and_a_clean_one_passes_and_a_wrong_name_is_flagged()
    {
        var (red, redName) = await OrganisationAsync();
        await ListAsync("AJNSR", red, redName, $"湖税信A〔2026〕{Unique.Digits(5)}号");
        var (clean, _) = await OrganisationAsync();
        using var system = await SystemAsync();

        var favoured = await CheckAsync(system, new { code = red, name = redName, matter = Approval, stage = "acceptance" });
        var passed = await CheckAsync(system, new { code = clean, name = "别的公司", matter = Approval, stage = "办理" });

        Assert.Equal("favour", favoured.GetProperty("decision").GetString());
        Assert.Equal("JL-LSTD", favoured.GetProperty("hits")[0].GetProperty("measure").GetProperty("code").GetString());
        Assert.Equal("pass", passed.GetProperty("decision").GetString());
        Assert.Empty(passed.GetProperty("hits").EnumerateArray());
        Assert.True(passed.GetProperty("nameMismatch").GetBoolean());
    }

    [Fact]
    public async Task A_serious_bad_record_within_36_months_warns_and_an_entry_past_its_validity_no_longer_blocks()
    {
        var (uscc, name) = await OrganisationAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var key = $"湖市监处罚〔2026〕{Unique.Digits(5)}号";
        await Deliveries.DeliverAsync(factory, [new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, key, today.AddMonths(-5),
            new PublicityPeriod(today.AddMonths(-5), today.AddYears(2), today.AddYears(1), PenaltyClass.Serious, "2025", true), "[\"x\"]")]);

        var entry = await ListAsync("SXBZXR", uscc, name, $"（2025）浙0502执{Unique.Digits(5)}号");
        using var system = await SystemAsync();
        var blocked = await CheckAsync(system, new { code = uscc, matter = Procurement, stage = "受理" });
        // The entry's validity ends (as if the days had passed); the nightly job expires it and its event refreshes the
        // subject's credit status — no restart, no cache to clear.
        await factory.Database.ExecuteAsync("UPDATE credit.list_entries SET expires_on = current_date - 1 WHERE id = $1", entry);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Huzhou.Credit.Lists.Jobs.ListExpiryJob>().RunAsync(CancellationToken.None);
        }

        await factory.SettleEventsAsync();
        var afterExpiry = await CheckAsync(system, new { code = uscc, matter = Procurement, stage = "受理" });

        Assert.Equal("block", blocked.GetProperty("decision").GetString());
        Assert.Equal("warn", afterExpiry.GetProperty("decision").GetString());
        var warning = afterExpiry.GetProperty("hits").EnumerateArray().Single();
        Assert.Equal("CF-XYHC", warning.GetProperty("measure").GetProperty("code").GetString());
        Assert.Contains(key, warning.GetProperty("facts")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("严重", warning.GetProperty("facts")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_codes_are_logged_and_answered_not_found_and_bad_input_gets_Chinese_problem_details()
    {
        using var system = await SystemAsync();
        var unknown = Unique.Uscc();
        var person = Unique.ResidentId("330502");

        using var notFound = await system.PostAsJsonAsync("/api/v1/checks", new { code = unknown, matter = Approval, stage = "受理" });
        using var personNotFound = await system.PostAsJsonAsync("/api/v1/checks", new { code = person, matter = Approval, stage = "受理" });
        using var badCode = await system.PostAsJsonAsync("/api/v1/checks", new { code = "12345", matter = Approval, stage = "受理" });
        using var badStage = await system.PostAsJsonAsync("/api/v1/checks", new { code = unknown, matter = Approval, stage = "审批" });
        using var badMatter = await system.PostAsJsonAsync("/api/v1/checks", new { code = unknown, matter = "SX-999", stage = "受理" });

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        var problem = await notFound.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("主体库中没有", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var checkId = problem.GetProperty("checkId").GetInt64();
        Assert.Equal(5, await factory.Database.ScalarAsync<short>("SELECT decision FROM credit.sanction_checks WHERE id = $1", checkId));
        Assert.Equal(HttpStatusCode.NotFound, personNotFound.StatusCode);
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_checks WHERE subject_code = $1", person));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_checks WHERE subject_code = $1", person[..6] + "********" + person[14..]));
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.Contains("不是有效的统一社会信用代码或身份证号码", await badCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badStage.StatusCode);
        Assert.Contains("受理、办理 或 办结", await badStage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode)422, badMatter.StatusCode);
        Assert.Contains("不在事项清单中", await badMatter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_a_Chinese_400_and_another_media_type_a_415_and_answers_carry_the_security_headers()
    {
        var (uscc, _) = await OrganisationAsync();
        using var system = await SystemAsync();

        using var malformed = await system.PostAsync("/api/v1/checks", new StringContent("{ \"code\": ", System.Text.Encoding.UTF8, "application/json"));
        using var empty = await system.PostAsync("/api/v1/checks", new StringContent("null", System.Text.Encoding.UTF8, "application/json"));
        using var form = await system.PostAsync("/api/v1/checks", new StringContent("code=" + uscc, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        using var answered = await system.PostAsJsonAsync("/api/v1/checks", new { code = uscc, matter = Approval, stage = "受理" });

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await malformed.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("请求无效", problem.GetProperty("title").GetString());
        Assert.Contains("请求体应为 JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal("application/problem+json", form.Content.Headers.ContentType?.MediaType);
        Assert.Contains("application/json", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("application/json", answered.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", answered.Content.Headers.ContentType?.CharSet);
        Assert.Equal("nosniff", answered.Headers.GetValues("X-Content-Type-Options").Single());
        var text = await answered.Content.ReadAsStringAsync();
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text), answered.Content.Headers.ContentLength);
        var answer = JsonDocument.Parse(text).RootElement;
        Assert.Equal("pass", answer.GetProperty("decision").GetString());
        // Chinese as UTF-8, not \uXXXX escapes (the answer is written by the generated serialiser through a readable writer).
        Assert.Contains($"\"stage\":\"{answer.GetProperty("stage").GetString()}\"", text, StringComparison.Ordinal);
        Assert.Contains("\"decisionName\":\"通过\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_answers_each_item_in_order_with_its_own_status_and_refuses_more_than_100()
    {
        var (uscc, name) = await OrganisationAsync();
        await ListAsync("SXBZXR", uscc, name, $"（2026）浙0502执{Unique.Digits(5)}号");
        var unknown = Unique.Uscc();
        using var system = await SystemAsync();

        using var response = await system.PostAsJsonAsync("/api/v1/checks/batch", new
        {
            checks = new object[]
            {
                new { code = uscc, matter = Procurement, stage = "受理" },
                new { code = "bad", matter = Procurement, stage = "受理" },
                new { code = uscc, matter = "SX-999", stage = "受理" },
                new { code = unknown, matter = Procurement, stage = "受理" },
            },
        });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        using var tooMany = await system.PostAsJsonAsync("/api/v1/checks/batch", new
        {
            checks = Enumerable.Range(0, 101).Select(_ => new { code = uscc, matter = Procurement, stage = "受理" }).ToArray(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([200, 400, 422, 404], results.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal("block", results[0].GetProperty("result").GetProperty("decision").GetString());
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_checks WHERE subject_code = $1", unknown));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("一次最多核查 100 个主体", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_on_a_check_becomes_a_case_once_and_only_for_the_system_that_asked()
    {
        var (uscc, name) = await OrganisationAsync();
        await ListAsync("SXBZXR", uscc, name, $"（2026）浙0502执{Unique.Digits(5)}号");
        using var system = await SystemAsync();
        var check = await CheckAsync(system, new { code = uscc, matter = Procurement, stage = "受理", reference = "ZFCG-FB-1" });
        var id = check.GetProperty("checkId").GetInt64();
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        using var other = factory.CreateClient();
        other.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, "其他系统" + Unique.Digits(4), "checks:write", 600));

        using var wrongMeasure = await system.PostAsJsonAsync($"/api/v1/checks/{id}/feedback", new { measure = "JL-LSTD", outcome = "已拦截", @operator = "王科员" });
        using var foreign = await other.PostAsJsonAsync($"/api/v1/checks/{id}/feedback", new { measure = "CF-ZFCG", outcome = "已拦截", @operator = "王科员" });
        using var created = await system.PostAsJsonAsync($"/api/v1/checks/{id}/feedback", new { measure = "CF-ZFCG", outcome = "已拦截，供应商资格审查不予通过", @operator = "王科员" });
        using var again = await system.PostAsJsonAsync($"/api/v1/checks/{id}/feedback", new { measure = "CF-ZFCG", outcome = "已拦截", @operator = "王科员" });
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var page = await HtmlPages.GetAsync(office, "/sanctions/cases");

        Assert.Equal(HttpStatusCode.BadRequest, wrongMeasure.StatusCode);
        Assert.Contains("不在该次核查命中的措施中", await wrongMeasure.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_cases WHERE check_id = $1", id));
        Assert.Contains("供应商资格审查不予通过", page.QuerySelector("#cases")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("政府采购", page.QuerySelector("#case-domains")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_count_checks_by_system_and_matter_per_decision()
    {
        var (uscc, name) = await OrganisationAsync();
        await ListAsync("SXBZXR", uscc, name, $"（2026）浙0502执{Unique.Digits(5)}号");
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var systemName = "统计测试系统" + Unique.Digits(6);
        using var system = factory.CreateClient();
        system.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, systemName, "checks:write", 600));
        await CheckAsync(system, new { code = uscc, matter = Procurement, stage = "受理" });
        await CheckAsync(system, new { code = uscc, matter = Approval, stage = "受理" });
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");

        var page = await HtmlPages.GetAsync(office, "/sanctions/statistics?days=7");

        var row = page.QuerySelectorAll("#stat-systems tbody tr").Single(r => r.TextContent.Contains(systemName, StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("2", cells[1]);
        Assert.Equal("1", cells[2]);
        Assert.Equal("1", cells[3]);
        Assert.Equal("100.0%", cells[^1]);
    }

    /// <summary>
    /// The lookups of checks arriving together go out in one statement (<c>CreditStatusLookups</c>); each check must
    /// still get its own subject's row: many at once, shuffled, black-listed, red-listed, clean, a person and
    /// unknown codes.
    /// </summary>
    [Fact]
    public async Task Checks_arriving_together_each_get_their_own_subject_and_decision()
    {
        var (black, blackName) = await OrganisationAsync();
        await ListAsync("SXBZXR", black, blackName, $"（2026）浙0502执{Unique.Digits(5)}号");
        var (red, redName) = await OrganisationAsync();
        await ListAsync("AJNSR", red, redName, $"湖税信A〔2026〕{Unique.Digits(5)}号");
        var (clean, cleanName) = await OrganisationAsync();
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var idNumber = Unique.ResidentId("330502");
        var personName = "沈" + Unique.ChineseFragment(2);
        await SubjectForms.CreatePersonAsync(office, personName, idNumber, "330502");
        await factory.SettleEventsAsync();
        var unknown = Unique.Uscc();
        (string Code, string? Name, string Matter, string Decision)[] subjects =
        [
            (black, blackName, Procurement, "block"), (red, redName, Approval, "favour"), (clean, cleanName, Procurement, "pass"),
            (idNumber, personName, Approval, "pass"), (unknown, null, Procurement, "notFound"),
        ];
        var asked = Enumerable.Range(0, 60).Select(i => subjects[(i * 7) % subjects.Length]).ToArray();
        using var system = await SystemAsync();

        var answers = await Task.WhenAll(asked.Select(async s =>
        {
            using var response = await system.PostAsJsonAsync("/api/v1/checks", new { code = s.Code, matter = s.Matter, stage = "受理" });
            return (response.StatusCode, Body: JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
        }));

        for (var i = 0; i < asked.Length; i++)
        {
            var (status, body) = answers[i];
            Assert.Equal(asked[i].Decision, body.GetProperty("decision").GetString());
            if (asked[i].Name is null)
            {
                Assert.Equal(HttpStatusCode.NotFound, status);
                continue;
            }

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(asked[i].Name, body.GetProperty("subject").GetProperty("name").GetString());
        }

        Assert.Equal(asked.Count(a => a.Code == unknown), await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_checks WHERE subject_code = $1", unknown));
    }

    /// <summary>A credit-status row that cannot be read fails the checks of its subject, not the others grouped with them.</summary>
    [Fact]
    public async Task An_unreadable_status_row_fails_only_the_checks_of_its_subject()
    {
        var (broken, _) = await OrganisationAsync();
        var (clean, cleanName) = await OrganisationAsync();
        await factory.SettleEventsAsync();
        await factory.Database.ExecuteAsync("UPDATE credit.sanction_credit_status SET bad_records = 'not json' WHERE display_code = $1", broken);
        using var system = await SystemAsync();

        try
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
            {
                var code = i % 2 == 0 ? broken : clean;
                using var response = await system.PostAsJsonAsync("/api/v1/checks", new { code, matter = Approval, stage = "受理" });
                return (Code: code, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            }));

            Assert.All(answers.Where(a => a.Code == clean), a =>
            {
                Assert.Equal(HttpStatusCode.OK, a.StatusCode);
                Assert.Contains(cleanName, a.Body, StringComparison.Ordinal);
            });
            Assert.All(answers.Where(a => a.Code == broken), a => Assert.Equal(HttpStatusCode.InternalServerError, a.StatusCode));
        }
        finally
        {
            // Recomputed on the spot at its next check.
            await factory.Database.ExecuteAsync("DELETE FROM credit.sanction_credit_status WHERE display_code = $1", broken);
        }
    }

    /// <summary>The check path's meter (for an operator's exporter and the bench) records each grouped lookup and log batch.</summary>
    [Fact]
    public async Task A_check_is_recorded_on_the_check_path_meter()
    {
        var recorded = new System.Collections.Concurrent.ConcurrentDictionary<string, double>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Huzhou.Credit.Checks")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => recorded.AddOrUpdate(instrument.Name, value, (_, v) => Math.Max(v, value)));
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => recorded.AddOrUpdate(instrument.Name, value, (_, v) => Math.Max(v, value)));
        listener.Start();
        var (uscc, name) = await OrganisationAsync();
        using var system = await SystemAsync();

        await CheckAsync(system, new { code = uscc, name, matter = Approval, stage = "受理" });

        Assert.True(recorded.GetValueOrDefault("huzhou.credit.checks.lookup.duration") > 0);
        Assert.True(recorded.GetValueOrDefault("huzhou.credit.checks.lookup.size") >= 1);
        Assert.True(recorded.GetValueOrDefault("huzhou.credit.checks.log.duration") > 0);
        Assert.True(recorded.GetValueOrDefault("huzhou.credit.checks.log.size") >= 1);
    }

    [Fact]
    public async Task Calls_without_a_key_with_a_wrong_key_or_without_the_scope_are_refused()
    {
        using var anonymous = factory.CreateClient();
        using var wrong = factory.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "hzc_wrongkey_0000000000000000000000");
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var readOnly = await ApiKeys.IssueAsync(admin, "只读系统" + Unique.Digits(4), "subjects:read", 600);
        using var outOfScope = factory.CreateClient();
        outOfScope.DefaultRequestHeaders.Add("X-Api-Key", readOnly);
        var body = new { code = Unique.Uscc(), matter = Approval, stage = "受理" };

        using var none = await anonymous.PostAsJsonAsync("/api/v1/checks", body);
        using var bad = await wrong.PostAsJsonAsync("/api/v1/checks", body);
        using var scope = await outOfScope.PostAsJsonAsync("/api/v1/checks", body);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, scope.StatusCode);
    }

    private static async Task<JsonElement> CheckAsync(HttpClient system, object body)
    {
        using var response = await system.PostAsJsonAsync("/api/v1/checks", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<HttpClient> SystemAsync()
    {
        if (_key is null)
        {
            using var admin = await SignedInClient.CreateAsync(factory, "admin");
            _key = await ApiKeys.IssueAsync(admin, "政府采购系统" + Unique.Digits(4), "checks:write", 100_000);
        }

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", _key);
        return client;
    }

    private async Task<(string Uscc, string Name)> OrganisationAsync()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}工贸有限公司";
        await SubjectForms.CreateOrganisationAsync(office, name, uscc, "330502");
        return (uscc, name);
    }

    private async Task<long> ListAsync(string type, string uscc, string name, string document)
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var entry = await Huzhou.Credit.IntegrationTests.Lists.ListForms.ListAsync(factory, office, type, uscc, name, document);
        await factory.SettleEventsAsync();
        return entry;
    }
}
