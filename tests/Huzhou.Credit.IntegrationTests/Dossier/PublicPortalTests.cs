using System.Net;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;

namespace Huzhou.Credit.IntegrationTests.Dossier;

/// <summary>The anonymous portal: search and the public 1+9+X dossier with its hiding rules.</summary>
[Collection(CreditCollection.Name)]
public sealed class PublicPortalTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Two_characters_of_a_name_find_the_organisation_anonymously_and_one_character_is_explained()
    {
        var (uscc, name, _) = await OrganisationAsync();
        using var visitor = factory.CreateClient();

        var page = await HtmlPages.GetAsync(visitor, "/public?q=" + Uri.EscapeDataString(name[2..4]));
        var results = page.QuerySelector("#portal-results")!.TextContent;
        var byCode = await HtmlPages.GetAsync(visitor, "/public?q=" + uscc);
        var tooShort = await HtmlPages.GetAsync(visitor, "/public?q=" + Uri.EscapeDataString("湖"));

        Assert.Contains(name, results, StringComparison.Ordinal);
        Assert.Contains(uscc, byCode.QuerySelector("#portal-results")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("至少两个字", tooShort.QuerySelector("#portal-message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Natural_persons_are_never_found_by_the_portal()
    {
        var idNumber = Unique.ResidentId("330502");
        var name = "钱" + Unique.ChineseFragment(3);
        await DeliverAsync([new IncomingCreditRecord(1, SubjectKeyKind.IdNumber, idNumber, name, "XZCF", 1, "P-" + Unique.Digits(6),
            new DateOnly(2026, 6, 1), Period(new DateOnly(2026, 6, 1), null, true), Payload("x"))]);
        using var visitor = factory.CreateClient();

        var page = await HtmlPages.GetAsync(visitor, "/public?q=" + Uri.EscapeDataString(name));
        var suggestions = await visitor.GetStringAsync("/public/suggest?q=" + Uri.EscapeDataString(name));

        Assert.Null(page.QuerySelector("#portal-results"));
        Assert.Equal("[]", suggestions);
    }

    [Fact]
    public async Task The_public_dossier_shows_only_published_active_records_of_public_items_and_public_fields()
    {
        var (uscc, _, subjectId) = await OrganisationAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var decided = today.AddMonths(-2);
        string Key(string tag) => $"湖市监处罚〔2026〕{tag}{Unique.Digits(5)}号";
        var shown = Key("A");
        var expired = Key("B");
        var repaired = Key("C");
        var revoked = Key("D");
        var unpublished = Key("E");
        IncomingCreditRecord Penalty(int n, string key, PublicityPeriod period) =>
            new(n, SubjectKeyKind.Uscc, uscc, "x", "XZCF", 1, key, decided, period, Payload(key));
        await DeliverAsync(
        [
            Penalty(1, shown, Period(decided, today.AddYears(1), true)),
            Penalty(2, expired, Period(decided, today.AddDays(-1), true)),
            Penalty(3, repaired, Period(decided, today.AddYears(1), true)),
            Penalty(4, revoked, Period(decided, today.AddYears(1), true)),
            Penalty(5, unpublished, Period(decided, today.AddYears(1), false)),
            // The provincial evaluation is shared among government departments only.
            new(6, SubjectKeyKind.Uscc, uscc, "x", "GGXYPJ", 1, "202609", decided, Period(decided, today.AddYears(1), true), "[\"x\",null,null,\"202609\",\"812\",\"2\",null,\"浙江省信用中心\"]"),
        ]);
        await factory.Database.ExecuteAsync("UPDATE credit.credit_records SET status = 3 WHERE subject_id = $1 AND source_key = $2", subjectId, repaired);
        await factory.Database.ExecuteAsync("UPDATE credit.credit_records SET status = 4 WHERE subject_id = $1 AND source_key = $2", subjectId, revoked);
        using var visitor = factory.CreateClient();

        var page = await HtmlPages.GetAsync(visitor, $"/public/dossier/{uscc}?section={DossierSection.AdministrativePenalty}");
        var section = page.QuerySelector("#dossier-section")!.TextContent;
        var tabs = page.QuerySelector("#dossier-tabs")!.TextContent;

        Assert.Contains(shown, section, StringComparison.Ordinal);
        Assert.DoesNotContain(expired, section, StringComparison.Ordinal);
        Assert.DoesNotContain(repaired, section, StringComparison.Ordinal);
        Assert.DoesNotContain(revoked, section, StringComparison.Ordinal);
        Assert.DoesNotContain(unpublished, section, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll(".dossier-entry"));
        Assert.Contains("行政处罚 1", System.Text.RegularExpressions.Regex.Replace(tabs, @"\s+", " "), StringComparison.Ordinal);
        Assert.Contains("行业信用评价 0", System.Text.RegularExpressions.Regex.Replace(tabs, @"\s+", " "), StringComparison.Ordinal);
        // 法定代表人证件号码 is personal and not public: neither its label nor its (masked) value appears.
        Assert.Contains("违法行为类型", section, StringComparison.Ordinal);
        Assert.DoesNotContain("法定代表人证件号码", section, StringComparison.Ordinal);
        Assert.DoesNotContain("********", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_or_invalid_code_is_not_found()
    {
        using var visitor = factory.CreateClient();

        using var unknown = await visitor.GetAsync("/public/dossier/" + Unique.Uscc());
        using var invalid = await visitor.GetAsync("/public/dossier/not-a-code");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, invalid.StatusCode);
    }

    /// <summary>The XZCF payload in field order (31 standard columns), with a legal representative's masked ID number.</summary>
    [Fact]
    public async Task The_public_dossier_is_served_from_cache_until_an_event_says_the_subjects_data_changed()
    {
        var (uscc, _, subjectId) = await OrganisationAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var first = $"湖市监处罚〔2026〕F{Unique.Digits(5)}号";
        var second = $"湖市监处罚〔2026〕S{Unique.Digits(5)}号";
        await DeliverAsync([new(1, SubjectKeyKind.Uscc, uscc, "x", "XZCF", 1, first, today.AddDays(-5), Period(today.AddDays(-5), today.AddYears(1), true), Payload(first))]);
        using var visitor = factory.CreateClient();
        string Section(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("#dossier-section")!.TextContent;
        var url = $"/public/dossier/{uscc}?section={DossierSection.AdministrativePenalty}";

        var cached = await HtmlPages.GetAsync(visitor, url);
        // A change behind the platform's back (no event) is not seen while the page is cached ...
        await factory.Database.ExecuteAsync("UPDATE credit.credit_records SET status = 4 WHERE subject_id = $1 AND source_key = $2", subjectId, first);
        var stillCached = await HtmlPages.GetAsync(visitor, url);
        // ... a delivery's event bumps the subject's data version, and the next visit reads the record store again.
        await DeliverAsync([new(1, SubjectKeyKind.Uscc, uscc, "x", "XZCF", 1, second, today.AddDays(-1), Period(today.AddDays(-1), today.AddYears(1), true), Payload(second))]);
        var fresh = await HtmlPages.GetAsync(visitor, url);

        Assert.Contains(first, Section(cached), StringComparison.Ordinal);
        Assert.Contains(first, Section(stillCached), StringComparison.Ordinal);
        Assert.Contains(second, Section(fresh), StringComparison.Ordinal);
        Assert.DoesNotContain(first, Section(fresh), StringComparison.Ordinal);
        Assert.True(await factory.Database.ScalarAsync<long>("SELECT version FROM credit.dossier_subject_versions WHERE subject_id = $1", subjectId) >= 2);
    }

    private static string Payload(string number) =>
        $"[\"某公司\",\"02\",null,null,null,null,null,null,\"沈建国\",\"01\",\"330502********1234\",null,null,\"{number}\",\"虚假宣传\",\"经查属实\",\"《反不正当竞争法》第二十条\",\"罚款\",\"罚款五万元\",\"5\",null,null,\"2026-01-01\",\"2026-01-01\",null,\"湖州市市场监督管理局\",\"11330500002546138B\",\"湖州市市场监督管理局\",\"11330500002546138B\",null,\"02\"]";

    private static PublicityPeriod Period(DateOnly start, DateOnly? end, bool published) =>
        new(start, end, start.AddMonths(3), PenaltyClass.General, "2025", published);

    private async Task<(string Uscc, string Name, long Id)> OrganisationAsync()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc();
        var name = $"湖州{Unique.ChineseFragment()}科技有限公司";
        var id = await SubjectForms.CreateOrganisationAsync(office, name, uscc);
        return (uscc, name, id);
    }

    private Task DeliverAsync(IReadOnlyList<IncomingCreditRecord> rows) => Deliveries.DeliverAsync(factory, rows);
}
