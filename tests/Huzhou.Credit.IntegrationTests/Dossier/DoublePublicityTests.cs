using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;

namespace Huzhou.Credit.IntegrationTests.Dossier;

/// <summary>双公示: published penalties of the organisations found by name, filtered by department and decision date.</summary>
[Collection(CreditCollection.Name)]
public sealed class DoublePublicityTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Penalties_are_found_by_name_and_narrowed_by_department_and_date_and_hidden_ones_stay_hidden()
    {
        var family = Unique.ChineseFragment(3);
        var (usccA, nameA) = await OrganisationAsync($"湖州{family}织造有限公司");
        var (usccB, nameB) = await OrganisationAsync($"长兴{family}纺织有限公司");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        string Key() => "湖罚〔2026〕" + Unique.Digits(6) + "号";
        var (sjjOld, sjjNew, zhzf, expired) = (Key(), Key(), Key(), Key());
        await DeliverAsync("HZ-SJJ", [Penalty(1, usccA, sjjOld, today.AddDays(-200), today.AddYears(1)), Penalty(2, usccB, sjjNew, today.AddDays(-10), today.AddYears(1)),
            Penalty(3, usccA, expired, today.AddYears(-3), today.AddDays(-1))]);
        await DeliverAsync("HZ-ZHZF", [Penalty(1, usccB, zhzf, today.AddDays(-20), today.AddYears(1))]);
        using var visitor = factory.CreateClient();
        var q = Uri.EscapeDataString(family);

        var all = await HtmlPages.GetAsync(visitor, $"/public/publicity?type=penalty&q={q}");
        var sjj = await HtmlPages.GetAsync(visitor, $"/public/publicity?type=penalty&q={q}&department=HZ-SJJ");
        var recent = await HtmlPages.GetAsync(visitor, $"/public/publicity?type=penalty&q={q}&from={today.AddDays(-30):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        var licences = await HtmlPages.GetAsync(visitor, $"/public/publicity?type=licence&q={q}");
        var backwards = await HtmlPages.GetAsync(visitor, $"/public/publicity?type=penalty&q={q}&from={today:yyyy-MM-dd}&to={today.AddDays(-30):yyyy-MM-dd}");

        var listed = all.QuerySelector("#publicity-results")!.TextContent;
        Assert.Contains(nameA, listed, StringComparison.Ordinal);
        Assert.Contains(nameB, listed, StringComparison.Ordinal);
        Assert.Equal(3, all.QuerySelectorAll("#publicity-results .dossier-entry").Length);
        Assert.DoesNotContain(expired, listed, StringComparison.Ordinal);
        // Newest first.
        Assert.True(listed.IndexOf(sjjNew, StringComparison.Ordinal) < listed.IndexOf(zhzf, StringComparison.Ordinal));
        Assert.True(listed.IndexOf(zhzf, StringComparison.Ordinal) < listed.IndexOf(sjjOld, StringComparison.Ordinal));
        Assert.Equal(2, sjj.QuerySelectorAll("#publicity-results .dossier-entry").Length);
        Assert.DoesNotContain(zhzf, sjj.QuerySelector("#publicity-results")!.TextContent, StringComparison.Ordinal);
        var recentText = recent.QuerySelector("#publicity-results")!.TextContent;
        Assert.Contains(sjjNew, recentText, StringComparison.Ordinal);
        Assert.Contains(zhzf, recentText, StringComparison.Ordinal);
        Assert.DoesNotContain(sjjOld, recentText, StringComparison.Ordinal);
        Assert.Null(licences.QuerySelector("#publicity-results"));
        Assert.Contains("没有符合条件", licences.QuerySelector("#publicity-message")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("开始日期不能晚于结束日期", backwards.QuerySelector("#publicity-message")!.TextContent, StringComparison.Ordinal);
    }

    private static IncomingCreditRecord Penalty(int row, string uscc, string key, DateOnly decided, DateOnly end) =>
        new(row, SubjectKeyKind.Uscc, uscc, "x", "XZCF", 1, key, decided,
            new PublicityPeriod(decided, end, decided.AddMonths(3), PenaltyClass.General, "2025", true),
            $"[\"某公司\",\"02\",null,null,null,null,null,null,\"沈建国\",\"01\",null,null,null,\"{key}\",\"虚假宣传\",\"经查属实\",\"依据\",\"罚款\",\"罚款一万元\",\"1\",null,null,null,null,null,\"处罚机关\",null,null,null,null,\"02\"]");

    private async Task<(string Uscc, string Name)> OrganisationAsync(string name)
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc();
        await SubjectForms.CreateOrganisationAsync(office, name, uscc);
        return (uscc, name);
    }

    private Task DeliverAsync(string department, IReadOnlyList<IncomingCreditRecord> rows) => Deliveries.DeliverAsync(factory, rows, department);
}
