using System.Net;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Integrity;

/// <summary>
/// The citizen home (issue #26 §1, §5): the demo citizen sees a year of score history as a server-drawn SVG chart, "how
/// to raise it" with her repairable fine linked to the repair and objection forms, and a village band that agrees with
/// her integrity level; a score that changes is written to the history.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class CitizenHomeTests(CreditAppFactory factory)
{
    [Fact]
    public async Task The_demo_citizen_sees_her_history_chart_how_to_raise_her_score_and_a_scheme_band_that_agrees_with_her_level()
    {
        using var citizen = await DemoCitizenAsync();
        var page = await HtmlPages.GetAsync(citizen, "/citizen");

        var chart = page.QuerySelector("svg#score-chart")!;
        Assert.NotNull(chart.QuerySelector("polyline.score-line"));
        Assert.True(chart.QuerySelectorAll("circle.score-point").Length >= 12);
        Assert.Null(page.QuerySelector("[style]"));
        var months = await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.integrity_score_history h JOIN credit.citizen_accounts a ON a.subject_id = h.subject_id WHERE a.login_name = 'shimin.demo'");
        Assert.True(months >= 3, $"only {months} history entries");

        // How to raise it: her fine first (deduction, repair and objection links), then the positive lines.
        var fine = page.QuerySelector("#advice .advice-record")!;
        Assert.Contains("扣 40 分", fine.TextContent, StringComparison.Ordinal);
        var repair = fine.QuerySelector("a.advice-repair")!.GetAttribute("href")!;
        Assert.Matches(@"^/citizen/records/\d+/repair$", repair);
        Assert.NotNull(fine.QuerySelector("a.advice-objection"));
        Assert.Contains("志愿服务", page.QuerySelector("#advice")!.TextContent, StringComparison.Ordinal);
        using (var form = await citizen.GetAsync(repair))
        {
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        }

        // The village band is the one of her level (A 诚信合格 → 诚信户), not 诚信提示户 or 诚信警示户.
        Assert.Equal("A 诚信合格", page.QuerySelector("#level")!.TextContent.Trim());
        var scheme = page.QuerySelector("#schemes")!.TextContent;
        Assert.Contains("诚信户", scheme, StringComparison.Ordinal);
        Assert.DoesNotContain("提示户", scheme, StringComparison.Ordinal);
        Assert.DoesNotContain("警示户", scheme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_score_that_changes_replaces_todays_history_entry()
    {
        var subject = await factory.Database.ScalarAsync<long>("SELECT subject_id FROM credit.citizen_accounts WHERE login_name = 'shimin.demo'");
        using var citizen = await DemoCitizenAsync();
        using (await citizen.GetAsync("/citizen"))
        {
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var newest = await factory.Database.ScalarAsync<int>("SELECT score FROM credit.integrity_score_history WHERE subject_id = $1 ORDER BY recorded_on DESC LIMIT 1", subject);
        Assert.Equal(await factory.Database.ScalarAsync<int>("SELECT score FROM credit.integrity_personal_scores WHERE subject_id = $1", subject), newest);

        // A stored score of another value (as if yesterday's computation had said so) and stale: the next look writes today's entry.
        await factory.Database.ExecuteAsync("DELETE FROM credit.integrity_score_history WHERE subject_id = $1 AND recorded_on = $2", subject, today);
        await factory.Database.ExecuteAsync("INSERT INTO credit.integrity_score_history (subject_id, recorded_on, score, level, model_version, recorded_at) VALUES ($1, $2, 599, 2, 1, now()) ON CONFLICT (subject_id, recorded_on) DO UPDATE SET score = 599, level = 2", subject, today.AddDays(-1));
        await factory.Database.ExecuteAsync("UPDATE credit.integrity_personal_scores SET stale = true WHERE subject_id = $1", subject);
        using (await citizen.GetAsync("/citizen"))
        {
        }

        Assert.Equal(newest, await factory.Database.ScalarAsync<int>("SELECT score FROM credit.integrity_score_history WHERE subject_id = $1 AND recorded_on = $2", subject, today));
        await factory.Database.ExecuteAsync("DELETE FROM credit.integrity_score_history WHERE subject_id = $1 AND recorded_on = $2 AND score = 599", subject, today.AddDays(-1));
    }

    private async Task<HttpClient> DemoCitizenAsync()
    {
        var citizen = SignedInClient.Anonymous(factory);
        using var signedIn = await HtmlPages.PostFormAsync(citizen, await HtmlPages.GetAsync(citizen, "/citizen/login"), "#citizen-login", new() { ["loginName"] = "shimin.demo", ["password"] = CreditAppFactory.DemoPassword });
        Assert.Equal("/citizen", HtmlPages.Location(signedIn));
        return citizen;
    }
}
