using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Evaluation.Features;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Identity;

/// <summary>
/// The organisation user's home (<c>/org</c>, issue #26 §1): its grade per field, its penalties in publicity with the day
/// each can be repaired (已可申请 with the link to apply) and the day it leaves publicity, its commitments with their
/// terms — its own only, never another organisation's; and the demo organisation has a penalty it can repair now (§5).
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class OrganisationHomeTests(CreditAppFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task The_home_shows_the_organisations_own_grades_penalties_with_their_dates_and_commitments_and_nothing_of_another()
    {
        var (ownId, uscc, name) = await ConstructionCompanyAsync();
        var (_, otherUscc, otherName) = await ConstructionCompanyAsync();
        var repairable = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        var tooEarly = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        var revokedLicence = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        var others = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        await Deliveries.DeliverAsync(factory,
        [
            Penalty(1, uscc, repairable, Today.AddMonths(-5), Today.AddMonths(-2), PenaltyClass.General, "罚款"),
            Penalty(2, uscc, tooEarly, Today.AddMonths(-2), Today.AddMonths(10), PenaltyClass.Serious, "罚款"),
            Penalty(3, uscc, revokedLicence, Today.AddMonths(-8), Today.AddMonths(-1), PenaltyClass.Serious, "吊销营业执照"),
            Penalty(4, otherUscc, others, Today.AddMonths(-5), Today.AddMonths(-2), PenaltyClass.General, "罚款"),
        ]);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var runner = scope.ServiceProvider.GetRequiredService<ScoringRunner>();
            var run = await runner.CreateFullRunAsync(["JZY"], "it-tests", CancellationToken.None);
            await runner.RunAsync(run.Id, CancellationToken.None);
        }

        using var browser = await OrganisationUsers.SignedInAsync(factory, uscc, name);
        var templateId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.commitment_templates WHERE code = 'CN-SJJ-SPJY'");
        var sign = await HtmlPages.GetAsync(browser, $"/org/commitments/sign/{templateId}");
        using (var signed = await HtmlPages.PostFormAsync(browser, sign, "#sign-form", new() { ["agree"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        }

        var commitment = await factory.Database.ScalarAsync<string>("SELECT number FROM credit.commitments WHERE subject_id = $1 ORDER BY id DESC LIMIT 1", ownId);
        var term = await factory.Database.ScalarAsync<string>("SELECT coalesce(to_char(due_on, 'YYYY-MM-DD'), '长期') FROM credit.commitments WHERE number = $1", commitment);
        using var other = await OrganisationUsers.SignedInAsync(factory, otherUscc, otherName);

        var home = await HtmlPages.GetAsync(browser, "/org");

        // Grades per field, with the day they were computed.
        var grade = Assert.Single(home.QuerySelectorAll("#home-grades .org-home-line"));
        Assert.Contains("建筑业", grade.TextContent, StringComparison.Ordinal);
        Assert.NotNull(grade.QuerySelector(".badge"));
        Assert.Equal(Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Fact(grade, "评价日期"));

        // Penalties in publicity: when each can be repaired and when it leaves publicity.
        var penalties = home.QuerySelectorAll("#home-penalties .org-home-line").ToList();
        Assert.Equal(3, penalties.Count);
        var now = Line(penalties, repairable);
        Assert.Equal("已可申请", Fact(now, "可申请修复日期"));
        Assert.NotNull(now.QuerySelector($"a[href='/org/repair/apply/{RecordId(repairable)}']"));
        Assert.Equal(Day(Today.AddMonths(-5).AddYears(3)), Fact(now, "公示截止"));
        var later = Line(penalties, tooEarly);
        Assert.Equal(Day(Today.AddMonths(10)), Fact(later, "可申请修复日期"));
        Assert.Equal(Day(Today.AddMonths(-2).AddYears(3)), Fact(later, "公示截止"));
        Assert.Null(later.QuerySelector("a[href^='/org/repair/apply/']"));
        var never = Line(penalties, revokedLicence);
        Assert.Equal("不适用提前修复", Fact(never, "可申请修复日期"));
        Assert.Contains("不得提前停止公示", never.TextContent, StringComparison.Ordinal);
        // The one that can be repaired now comes first.
        Assert.Same(now, penalties[0]);

        // Commitments with their term.
        var signedLine = Line(home.QuerySelectorAll("#home-commitments .org-home-line").ToList(), commitment);
        Assert.Equal(term, Fact(signedLine, "履约期限"));
        Assert.Contains("履约中", signedLine.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector("#home-notices"));

        // Nothing of another organisation; and the other organisation's home shows its own, not ours.
        Assert.DoesNotContain(others, home.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(otherName, home.Body!.TextContent, StringComparison.Ordinal);
        var otherHome = await HtmlPages.GetAsync(other, "/org");
        Assert.Contains(others, otherHome.QuerySelector("#home-penalties")!.TextContent, StringComparison.Ordinal);
        foreach (var mine in new[] { repairable, tooEarly, revokedLicence, commitment, name })
        {
            Assert.DoesNotContain(mine, otherHome.Body!.TextContent, StringComparison.Ordinal);
        }

        // 已可申请 leads to the application form; once applied, the home says it is in progress.
        Assert.NotNull((await HtmlPages.GetAsync(browser, $"/org/repair/apply/{RecordId(repairable)}")).QuerySelector("form"));
        using (var applied = await ApplyAsync(browser, RecordId(repairable)))
        {
            Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        }

        home = await HtmlPages.GetAsync(browser, "/org");
        Assert.StartsWith("修复申请办理中", Fact(Line(home.QuerySelectorAll("#home-penalties .org-home-line").ToList(), repairable), "可申请修复日期"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_organisation_has_a_penalty_it_can_apply_to_repair_now()
    {
        using var browser = SignedInClient.Anonymous(factory);
        var login = await HtmlPages.GetAsync(browser, "/org/login");
        using (var signedIn = await HtmlPages.PostFormAsync(browser, login, "form[action='/org/login']", new() { ["LoginName"] = "qiye.demo", ["Password"] = CreditAppFactory.DemoPassword }))
        {
            Assert.Equal("/org", HtmlPages.Location(signedIn));
        }

        // A market-regulation fine of the general class (so the demo department reviewer can take the application), which
        // the demo organisation's own repair page also offers.
        var home = await HtmlPages.GetAsync(browser, "/org");
        var offered = home.QuerySelectorAll("#home-penalties .org-home-line").Where(l => Fact(l, "可申请修复日期") == "已可申请")
            .Select(l => l.QuerySelector("a[href^='/org/repair/apply/']")!.GetAttribute("href")!).ToList();
        Assert.NotEmpty(offered);
        var departments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var href in offered)
        {
            departments[href] = await factory.Database.ScalarAsync<string>(
                "SELECT r.provider_department FROM credit.credit_records r JOIN credit.organisation_accounts a ON a.subject_id = r.subject_id WHERE a.login_name = 'qiye.demo' AND r.id = $1",
                long.Parse(href.Split('/')[^1], CultureInfo.InvariantCulture));
        }

        Assert.Contains("HZ-SJJ", departments.Values);
        var apply = departments.First(d => d.Value == "HZ-SJJ").Key;
        Assert.NotNull((await HtmlPages.GetAsync(browser, apply)).QuerySelector("form"));
        Assert.NotNull((await HtmlPages.GetAsync(browser, "/org/repair")).QuerySelector($"a[href='{apply}']"));
    }

    private static IElement Line(IReadOnlyList<IElement> lines, string text) =>
        Assert.Single(lines, l => l.TextContent.Contains(text, StringComparison.Ordinal));

    private static string? Fact(IElement line, string label) =>
        line.QuerySelector($".org-home-fact[data-label='{label}']")?.QuerySelector(".fw-semibold")?.TextContent.Trim();

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private long RecordId(string reference) => factory.Database.ScalarAsync<long>("SELECT id FROM credit.credit_records WHERE source_key = $1", reference).GetAwaiter().GetResult();

    private static IncomingCreditRecord Penalty(int row, string uscc, string reference, DateOnly decided, DateOnly minimumEnd, PenaltyClass penaltyClass, string kind) =>
        new(row, SubjectKeyKind.Uscc, uscc, "x", "XZCF", 1, reference, decided,
            new PublicityPeriod(decided, decided.AddYears(3), minimumEnd, penaltyClass, "2025", true),
            $"[\"某公司\",\"02\",null,null,null,null,null,null,\"沈建国\",\"01\",\"330502********1234\",null,null,\"{reference}\",\"虚假宣传\",\"经查属实\",\"《反不正当竞争法》第二十条\",\"{kind}\",\"{kind}\",\"5\",null,null,\"{decided:yyyy-MM-dd}\",\"{decided:yyyy-MM-dd}\",null,\"湖州市市场监督管理局\",\"11330500002546138B\",\"湖州市市场监督管理局\",\"11330500002546138B\",null,\"02\"]");

    private async Task<(long Id, string Uscc, string Name)> ConstructionCompanyAsync()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}建设有限公司";
        using var response = await SubjectForms.SubmitOrganisationAsync(office, name, uscc, "330502", new() { ["IndustryCode"] = "E" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await factory.Database.ScalarAsync<long>("SELECT id FROM credit.subjects WHERE uscc = $1", uscc), uscc, name);
    }

    private static async Task<HttpResponseMessage> ApplyAsync(HttpClient browser, long recordId)
    {
        var page = await HtmlPages.GetAsync(browser, $"/org/repair/apply/{recordId}");
        var token = HtmlPages.AntiforgeryToken(page);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("罚款已缴清，虚假宣传内容已全部撤下。"), "statement" },
        };
        foreach (var part in new[] { "applicationForm", "proofOfFulfilment", "creditCommitment", "licence", "handlerId" })
        {
            var file = new ByteArrayContent("%PDF-1.4\n% 信用修复材料\n"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, part, part + ".pdf");
        }

        return await browser.PostAsync($"/org/repair/apply/{recordId}", content);
    }
}
