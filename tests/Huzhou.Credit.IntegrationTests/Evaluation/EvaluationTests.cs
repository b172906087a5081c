using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Features;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Evaluation;

/// <summary>
/// 分级分类评价 end to end on the seeded city: the full run grades every member of every field with an explanation
/// that adds up; the events mark changed subjects and the incremental run regrades them (a new serious penalty lowers
/// the grade, a repaired one no longer counts); a run killed half-way resumes to the same results; publishing a model
/// version rescores the whole field; a check rule on grade D blocks; pages, export and permissions.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class EvaluationTests(CreditAppFactory factory)
{
    private const string Construction = "JZY";

    [Fact]
    public async Task The_full_run_grades_every_member_and_each_explanation_adds_up_to_the_score()
    {
        await FullRunAsync();

        // Every active construction company (section E) of the seeded city has a result of the version in use.
        var members = await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subjects WHERE industry_code = 'E' AND kind <> 5 AND status = 1");
        Assert.True(members > 0);
        Assert.Equal(members, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.evaluation_results WHERE field_code = 'JZY'"));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.evaluation_results r JOIN credit.evaluation_models m ON m.field_code = r.field_code AND m.version = r.model_version WHERE m.status <> 2"));
        // Points plus the adjustment are the score, for every result.
        Assert.Equal(0, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.evaluation_results WHERE (SELECT sum(p) FROM unnest(points) p) + adjustment <> score"));

        await using var scope = factory.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<EvaluationQueries>();
        var subject = await factory.Database.ScalarAsync<long>("SELECT subject_id FROM credit.evaluation_results WHERE field_code = 'JZY' ORDER BY score LIMIT 1");
        var explanation = await queries.ExplainAsync(Construction, subject, CancellationToken.None);
        Assert.NotNull(explanation);
        Assert.Equal(explanation.Result.Score, explanation.Total);
        Assert.Equal(StandardModelIndicators, explanation.Lines.Count);
    }

    [Fact]
    public async Task A_new_serious_penalty_lowers_the_grade_in_the_next_incremental_run_and_a_repaired_one_no_longer_counts()
    {
        var (id, uscc, name) = await ConstructionCompanyAsync();
        await FullRunAsync();
        var before = await ResultAsync(id);
        Assert.Equal("B", before.Grade); // 30 base + 49 without a provincial evaluation = 79

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var penalty = $"湖建罚〔2026〕{Unique.Digits(5)}号";
        await Deliveries.DeliverAsync(factory, [new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, penalty, today.AddMonths(-1),
            new PublicityPeriod(today.AddMonths(-1), today.AddYears(3), today.AddYears(1), PenaltyClass.Serious, "2025", true), "[\"x\"]")], "HZ-JSJ");
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM credit.evaluation_dirty_subjects WHERE subject_id = $1)", id));

        await IncrementalRunAsync();
        var after = await ResultAsync(id);
        Assert.Equal(64m, after.Score); // 79 - 15
        Assert.Equal("C", after.Grade);
        Assert.False(await factory.Database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM credit.evaluation_dirty_subjects WHERE subject_id = $1)", id));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.evaluation_grade_changes WHERE subject_id = $1 AND old_grade = 'B' AND new_grade = 'C'", id));
        // The check API's credit status learns the grade through the event.
        await factory.SettleEventsAsync();
        Assert.Contains("\"grade\":\"C\"", await factory.Database.ScalarAsync<string>("SELECT grades FROM credit.sanction_credit_status WHERE subject_id = $1", id), StringComparison.Ordinal);

        // Repaired (信用修复): the record stays, with status 3, and no longer lowers the score; the repair earns its point.
        await factory.Database.ExecuteAsync("UPDATE credit.credit_records SET status = 3 WHERE subject_id = $1 AND source_key = $2", id, penalty);
        await MarkAsync(id);
        await IncrementalRunAsync();
        var repaired = await ResultAsync(id);
        Assert.Equal(80m, repaired.Score); // 79 + 1 for the repair
        Assert.Equal("B", repaired.Grade);
    }

    [Fact]
    public async Task A_run_killed_half_way_resumes_and_ends_with_the_results_of_an_uninterrupted_run()
    {
        await FullRunAsync();
        var uninterrupted = await SnapshotAsync();

        long runId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var runner = scope.ServiceProvider.GetRequiredService<ScoringRunner>();
            var run = await runner.CreateFullRunAsync([], "it-tests", CancellationToken.None);
            runId = run.Id;
            runner.AfterChunk = r => r.BucketsDone == 6 ? throw new OperationCanceledException("killed") : Task.CompletedTask;
            await Assert.ThrowsAsync<OperationCanceledException>(() => runner.RunAsync(run.Id, CancellationToken.None));
        }

        Assert.Equal(6, await factory.Database.ScalarAsync<int>("SELECT buckets_done FROM credit.evaluation_runs WHERE id = $1", runId));
        Assert.True(await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.evaluation_results WHERE run_id = $1", runId) > 0);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ScoringRunner>().RunAsync(runId, CancellationToken.None);
        }

        Assert.Equal((short)RunStatus.Finished, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.evaluation_runs WHERE id = $1", runId));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.evaluation_results WHERE run_id <> $1", runId));
        Assert.Equal(uninterrupted, await SnapshotAsync());
    }

    [Fact]
    public async Task Publishing_a_model_version_rescores_everyone_in_the_field_and_the_department_exports_its_inspection_list()
    {
        await FullRunAsync();
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var draft = await HtmlPages.PostFormAsync(office, await HtmlPages.GetAsync(office, "/evaluation/fields/WYGL"), "form[action$='/models/draft']", []);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var editor = HtmlPages.Location(draft);
        var version = int.Parse(editor[(editor.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

        // A wrong band order is refused with the reason; the draft keeps its old content.
        var page = await HtmlPages.GetAsync(office, editor);
        using var refused = await HtmlPages.PostFormAsync(office, page, "form[action$='/models/" + version + "']", new() { ["Bands[1].MinScore"] = "95" });
        var refusedPage = await HtmlPages.ParseAsync(refused);
        Assert.Contains("从高到低", refusedPage.QuerySelector("#error")!.TextContent, StringComparison.Ordinal);

        // Text where a number belongs is refused, never read as 0.
        page = await HtmlPages.GetAsync(office, editor);
        using var notANumber = await HtmlPages.PostFormAsync(office, page, "form[action$='/models/" + version + "']", new() { ["Indicators[2].Points"] = "十五" });
        Assert.Contains("第 3 个指标的分值", (await HtmlPages.ParseAsync(notANumber)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);

        // Raise the bar for B: 79-point subjects drop to C under version 2.
        page = await HtmlPages.GetAsync(office, editor);
        using var saved = await HtmlPages.PostFormAsync(office, page, "form[action$='/models/" + version + "']", new() { ["Bands[1].MinScore"] = "80", ["Note"] = "B级门槛提高到80分" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        page = await HtmlPages.GetAsync(office, editor);
        using var published = await HtmlPages.PostFormAsync(office, page, "form[action$='/publish']", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var runId = await factory.Database.ScalarAsync<long>("SELECT max(id) FROM credit.evaluation_runs WHERE field_codes = '{WYGL}'");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ScoringRunner>().RunAsync(runId, CancellationToken.None);
        }

        var members = await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.evaluation_results WHERE field_code = 'WYGL'");
        Assert.True(members > 0);
        Assert.Equal(members, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.evaluation_results WHERE field_code = 'WYGL' AND model_version = $1", version));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.evaluation_results WHERE field_code = 'WYGL' AND grade = 'B' AND score < 80"));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.evaluation_results WHERE field_code <> 'WYGL' AND run_id = $1", runId));

        // A department exports the C list for its next round of inspections.
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var csv = await staff.GetStringAsync("/evaluation/fields/WYGL/export?grade=C");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("统一社会信用代码,主体名称,所属区县,评价等级", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.evaluation_results WHERE field_code = 'WYGL' AND grade = 'C'"), lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains("每半年抽查 1 次", l, StringComparison.Ordinal));

        // Only the city credit office edits models: no button for a department, and the request itself is refused.
        var fieldPage = await HtmlPages.GetAsync(staff, "/evaluation/fields/WYGL");
        Assert.Null(fieldPage.QuerySelector("#open-draft"));
        using var denied = await HtmlPages.PostAsync(staff, "/evaluation/fields/WYGL/models/draft", [new("__RequestVerificationToken", HtmlPages.AntiforgeryToken(fieldPage))]);
        Assert.Contains("只有市信用办", (await Flashes.FollowAsync(staff, denied)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grade_D_company_is_blocked_by_the_check_rule_on_grades()
    {
        var (id, uscc, name) = await ConstructionCompanyAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var rows = Enumerable.Range(1, 2).Select(i => new IncomingCreditRecord(i, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, $"湖建罚〔2026〕{Unique.Digits(5)}号", today.AddMonths(-i),
            new PublicityPeriod(today.AddMonths(-i), today.AddYears(3), today.AddYears(1), PenaltyClass.Serious, "2025", true), "[\"x\"]")).ToList();
        await Deliveries.DeliverAsync(factory, rows, "HZ-JSJ");
        await IncrementalRunAsync();
        Assert.Equal("D", (await ResultAsync(id)).Grade); // 79 - 15 - 15 = 49
        await factory.SettleEventsAsync();

        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        using var system = factory.CreateClient();
        system.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, "财政专项资金系统" + Unique.Digits(4), "checks:write", 1000));
        using var response = await system.PostAsJsonAsync("/api/v1/checks", new { code = uscc, matter = "SX-048", stage = "受理" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("block", answer.GetProperty("decision").GetString());
        var hit = answer.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("measure").GetProperty("code").GetString() == "CF-CZZJ");
        Assert.Contains("建筑业行业信用评价 D级（较差）", hit.GetProperty("facts")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_read_the_pages_district_staff_only_their_district_and_the_dossier_shows_the_grade()
    {
        await FullRunAsync();
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var index = await HtmlPages.GetAsync(office, "/evaluation");
        Assert.NotNull(index.QuerySelector("a[href='/evaluation/fields/JZY']"));
        Assert.NotNull(index.QuerySelector("#rescore-all"));
        var field = await HtmlPages.GetAsync(office, "/evaluation/fields/JZY");
        Assert.NotEmpty(field.QuerySelectorAll("#results tbody tr"));

        // 长兴 staff see 长兴's companies only, and not another district's explanation.
        using var changxing = await SignedInClient.CreateAsync(factory, "changxing.staff");
        var own = await HtmlPages.GetAsync(changxing, "/evaluation/fields/STHJ");
        Assert.Null(own.QuerySelector("#rescore-all"));
        var codes = own.QuerySelectorAll("#results tbody tr .code").Select(c => c.TextContent.Trim()).ToList();
        Assert.All(codes, c => Assert.Equal("330522", c.Substring(2, 6)));
        var elsewhere = await factory.Database.ScalarAsync<long>("SELECT subject_id FROM credit.evaluation_results WHERE field_code = 'STHJ' AND district_code <> '330522' LIMIT 1");
        using var hidden = await changxing.GetAsync($"/evaluation/fields/STHJ/subjects/{elsewhere}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);

        var subject = await factory.Database.ScalarAsync<long>("SELECT subject_id FROM credit.evaluation_results WHERE field_code = 'JZY' LIMIT 1");
        var explanation = await HtmlPages.GetAsync(office, $"/evaluation/fields/JZY/subjects/{subject}");
        Assert.Equal(StandardModelIndicators, explanation.QuerySelectorAll("#explanation tbody tr").Length);
        var dossier = await HtmlPages.GetAsync(office, $"/dossier/{subject}?section=IndustryEvaluation");
        Assert.Contains("行业信用评价（建筑业）", dossier.Body!.TextContent, StringComparison.Ordinal);
    }

    private const int StandardModelIndicators = 11;

    private async Task FullRunAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<ScoringRunner>();
        var run = await runner.CreateFullRunAsync([], "it-tests", CancellationToken.None);
        await runner.RunAsync(run.Id, CancellationToken.None);
    }

    private async Task IncrementalRunAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScoringRunner>().RunIncrementalAsync(CancellationToken.None);
    }

    private async Task MarkAsync(long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DirtySubjectMarker>().MarkAsync([id], CancellationToken.None);
    }

    private async Task<(long Id, string Uscc, string Name)> ConstructionCompanyAsync()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}建设有限公司";
        using var response = await SubjectForms.SubmitOrganisationAsync(office, name, uscc, "330502", new() { ["IndustryCode"] = "E" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.subjects WHERE uscc = $1", uscc);
        await factory.SettleEventsAsync();
        return (id, uscc, name);
    }

    private async Task<(decimal Score, string Grade)> ResultAsync(long id) =>
        (await factory.Database.ScalarAsync<decimal>("SELECT score FROM credit.evaluation_results WHERE field_code = 'JZY' AND subject_id = $1", id),
         await factory.Database.ScalarAsync<string>("SELECT grade FROM credit.evaluation_results WHERE field_code = 'JZY' AND subject_id = $1", id));

    private Task<string> SnapshotAsync() => factory.Database.ScalarAsync<string>(
        "SELECT md5(string_agg(field_code || ':' || subject_id || ':' || score || ':' || grade || ':' || points::text || ':' || model_version, ',' ORDER BY field_code, subject_id)) FROM credit.evaluation_results");
}
