using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Sanctions.Features;

namespace Huzhou.Credit.UnitTests.Sanctions;

/// <summary>The credit status row is read as of the day of the check, so it never goes stale as days pass.</summary>
public sealed class CreditStatusSnapshotTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void An_entry_past_its_validity_does_not_count_and_one_valid_through_today_does()
    {
        var snapshot = new CreditStatusSnapshot(
            new ResolvedSubject(1, false, "湖州某某有限公司", "91330502MA2B3C4D5E", "330502", false),
            [Entry("SXBZXR", Today.AddDays(-1)), Entry("ZDSSWF", Today), Entry("AJNSR", null)],
            [new BadRecordFact("行政处罚", "湖市监处罚〔2026〕1号", Today.AddMonths(-1), PenaltyClass.Serious, "HZ-SJJ")],
            DateTimeOffset.UnixEpoch,
            []);

        var facts = snapshot.FactsOn(Today);

        Assert.Equal(["ZDSSWF", "AJNSR"], facts.Lists.Select(l => l.ListTypeCode));
        Assert.Single(facts.BadRecords);
        Assert.Equal(Today, facts.Today);
        Assert.Equal(["AJNSR"], snapshot.FactsOn(Today.AddDays(1)).Lists.Select(l => l.ListTypeCode));
    }

    private static ListStandingEntry Entry(string type, DateOnly? expires) =>
        new(type, type, type != "AJNSR", "（2026）浙0502执1号", "湖州市吴兴区人民法院", "依据", Today.AddYears(-1), expires);
}
