using System.Net.Http.Json;
using System.Text.Json;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Commitments;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Huzhou.Credit.Sanctions.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.IntegrationTests.Sanctions;

/// <summary>
/// The per-subject credit status behind the check API: kept current by the registry's, the record store's and the
/// lists' events; rebuilt in chunks from a checkpoint; and the check log's group commit gives every concurrent check
/// its own durable row.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class CreditStatusTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Registration_records_and_list_entries_reach_the_subjects_credit_status_through_their_events()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}机械有限公司";
        var id = await SubjectForms.CreateOrganisationAsync(office, name, uscc, "330502");
        await factory.SettleEventsAsync();

        Assert.Equal(name, await factory.Database.ScalarAsync<string>("SELECT name FROM credit.sanction_credit_status WHERE subject_id = $1", id));
        Assert.Equal(uscc, await factory.Database.ScalarAsync<string>("SELECT convert_from(lookup_key, 'SQL_ASCII') FROM credit.sanction_credit_status WHERE subject_id = $1", id));
        Assert.Null(await factory.Database.ScalarAsync<string?>("SELECT bad_records::text FROM credit.sanction_credit_status WHERE subject_id = $1", id));

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var penalty = $"湖市监处罚〔2026〕{Unique.Digits(5)}号";
        await Deliveries.DeliverAsync(factory, [new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, penalty, today.AddMonths(-2),
            new PublicityPeriod(today.AddMonths(-2), today.AddYears(3), today.AddYears(1), PenaltyClass.Serious, "2025", true), "[\"x\"]")]);
        var bad = await factory.Database.ScalarAsync<string>("SELECT bad_records::text FROM credit.sanction_credit_status WHERE subject_id = $1", id);
        Assert.Contains(penalty, bad, StringComparison.Ordinal);
        Assert.Matches("\"penaltyClass\":\\s*3", bad);

        var document = $"（2026）浙0502执{Unique.Digits(5)}号";
        await Huzhou.Credit.IntegrationTests.Lists.ListForms.ListAsync(factory, office, "SXBZXR", uscc, name, document);
        await factory.SettleEventsAsync();
        var lists = await factory.Database.ScalarAsync<string>("SELECT lists::text FROM credit.sanction_credit_status WHERE subject_id = $1", id);
        Assert.Contains(document, lists, StringComparison.Ordinal);
        Assert.Contains("SXBZXR", lists, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_refresh_that_read_before_a_listing_does_not_overwrite_the_row_written_after_it()
    {
        // Two refreshes of one subject at the same moment (two processes' dispatchers, or a check computing the row on the
        // spot): the first reads the lists before the entry is approved and is slow to write; the second, after the
        // approval, writes first. The slow one's stale row must not win (a check would answer without the list).
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}电子有限公司";
        var id = await SubjectForms.CreateOrganisationAsync(office, name, uscc, "330502");
        await factory.SettleEventsAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var gate = new TaskCompletionSource();
        var gated = new GatedListStanding(services.GetRequiredService<IListStanding>(), gate.Task);
        var slow = new CreditStatusProjector(
            services.GetRequiredService<NpgsqlDataSource>(), services.GetRequiredService<ISubjectDirectory>(), gated,
            services.GetRequiredService<ICreditRecordFacts>(), services.GetServices<IEvaluationGrades>(),
            services.GetServices<ICommitmentBreaches>(), TimeProvider.System);
        var stale = slow.RefreshAsync([id], CancellationToken.None);
        await gated.Read.WaitAsync(TimeSpan.FromSeconds(30));

        var document = $"湖税信A〔2026〕{Unique.Digits(5)}号";
        await Huzhou.Credit.IntegrationTests.Lists.ListForms.ListAsync(factory, office, "AJNSR", uscc, name, document, "国家税务总局湖州市税务局");
        await factory.SettleEventsAsync();
        var listed = await factory.Database.ScalarAsync<string?>("SELECT lists::text FROM credit.sanction_credit_status WHERE subject_id = $1", id);
        gate.SetResult();
        await stale.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(document, listed ?? "", StringComparison.Ordinal);
        Assert.Contains(document, await factory.Database.ScalarAsync<string?>("SELECT lists::text FROM credit.sanction_credit_status WHERE subject_id = $1", id) ?? "",
            StringComparison.Ordinal);
    }

    /// <summary>Reads the lists at once, then holds the answer until the gate opens: a refresh that is slow to write.</summary>
    private sealed class GatedListStanding(IListStanding inner, Task gate) : IListStanding
    {
        private readonly TaskCompletionSource _read = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Read => _read.Task;

        public async Task<IReadOnlyDictionary<long, IReadOnlyList<ListStandingEntry>>> ApprovedEntriesAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default)
        {
            var entries = await inner.ApprovedEntriesAsync(subjectIds, cancellationToken);
            _read.TrySetResult();
            await gate;
            return entries;
        }
    }

    [Fact]
    public async Task A_rebuild_stopped_half_way_resumes_after_its_checkpoint()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var first = await factory.Database.ScalarAsync<long>("SELECT min(subject_id) FROM credit.sanction_credit_status");
        var id = await SubjectForms.CreateOrganisationAsync(office, $"湖州{Unique.ChineseFragment()}建材有限公司", Unique.Uscc("330502"), "330502");
        await factory.SettleEventsAsync();
        await factory.Database.ExecuteAsync("UPDATE credit.sanction_credit_status SET refreshed_at = '2000-01-01' WHERE subject_id = ANY($1)", new[] { first, id });
        // A run that stopped after every subject before the new one.
        await factory.Database.ExecuteAsync(
            "INSERT INTO credit.sanction_credit_status_rebuilds (started_at, started_by, last_subject_id, subjects) VALUES (now(), 'it-tests', $1, 0)", id - 1);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Huzhou.Credit.Sanctions.Jobs.CreditStatusRebuildJob>().RunAsync("it-tests", CancellationToken.None);
        }

        Assert.Equal(2000, await factory.Database.ScalarAsync<int>("SELECT extract(year FROM refreshed_at)::int FROM credit.sanction_credit_status WHERE subject_id = $1", first));
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT refreshed_at > now() - interval '1 minute' FROM credit.sanction_credit_status WHERE subject_id = $1", id));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_credit_status_rebuilds WHERE finished_at IS NULL"));
    }

    [Fact]
    public async Task A_subject_the_credit_status_does_not_hold_yet_is_found_in_the_registry_and_its_row_made_on_the_spot()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}纺织有限公司";
        var organisation = await SubjectForms.CreateOrganisationAsync(office, name, uscc, "330502");
        var idNumber = Unique.ResidentId("330502");
        var person = await SubjectForms.CreatePersonAsync(office, "沈" + Unique.ChineseFragment(2), idNumber, "330502");
        await factory.SettleEventsAsync();
        // As if their registration events had not been dispatched yet.
        await factory.Database.ExecuteAsync("DELETE FROM credit.sanction_credit_status WHERE subject_id = ANY($1)", new[] { organisation, person });

        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        using var system = factory.CreateClient();
        system.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, "补建系统" + Unique.Digits(4), "checks:write", 1_000));
        using var byCode = await system.PostAsJsonAsync("/api/v1/checks", new { code = uscc, name, matter = "SX-001", stage = "受理" });
        using var byIdNumber = await system.PostAsJsonAsync("/api/v1/checks", new { code = idNumber.ToLowerInvariant(), matter = "SX-001", stage = "受理" });

        byCode.EnsureSuccessStatusCode();
        var organisationAnswer = await byCode.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(name, organisationAnswer.GetProperty("subject").GetProperty("name").GetString());
        Assert.Equal(uscc, organisationAnswer.GetProperty("subject").GetProperty("code").GetString());
        Assert.False(organisationAnswer.GetProperty("nameMismatch").GetBoolean());
        Assert.Equal(organisation, await factory.Database.ScalarAsync<long>("SELECT subject_id FROM credit.sanction_checks WHERE id = $1", organisationAnswer.GetProperty("checkId").GetInt64()));
        byIdNumber.EnsureSuccessStatusCode();
        var personAnswer = await byIdNumber.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(personAnswer.GetProperty("subject").GetProperty("isPerson").GetBoolean());
        Assert.Equal(idNumber[..6] + "********" + idNumber[14..], personAnswer.GetProperty("subject").GetProperty("code").GetString());
        Assert.Equal(person, await factory.Database.ScalarAsync<long>("SELECT subject_id FROM credit.sanction_checks WHERE id = $1", personAnswer.GetProperty("checkId").GetInt64()));
        Assert.Equal(2, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.sanction_credit_status WHERE subject_id = ANY($1)", new[] { organisation, person }));
    }

    [Fact]
    public async Task Concurrent_checks_each_get_their_own_durable_row()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        using var system = factory.CreateClient();
        system.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, "并发系统" + Unique.Digits(4), "checks:write", 100_000));
        var code = await factory.Database.ScalarAsync<string>("SELECT display_code FROM credit.sanction_credit_status WHERE NOT is_person ORDER BY subject_id LIMIT 1");
        var run = Unique.Digits(6);

        var answers = await Task.WhenAll(Enumerable.Range(1, 40).Select(async i =>
        {
            using var response = await system.PostAsJsonAsync("/api/v1/checks", new { code, matter = "SX-001", stage = "受理", reference = $"BF-{run}-{i}" });
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (Reference: $"BF-{run}-{i}", Id: body.GetProperty("checkId").GetInt64());
        }));

        Assert.Equal(40, answers.Select(a => a.Id).Distinct().Count());
        foreach (var (reference, id) in answers)
        {
            Assert.Equal(reference, await factory.Database.ScalarAsync<string>("SELECT reference FROM credit.sanction_checks WHERE id = $1", id));
        }
    }
}
