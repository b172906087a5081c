using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Commitments;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.UnitTests.Monitoring;

/// <summary>The risk signal rule (风险提示): each line's effect and the level as the highest effect.</summary>
public sealed class RiskRuleTests
{
    private static readonly DateOnly Today = new(2026, 12, 8);

    private static BadRecordFact Record(PenaltyClass? penaltyClass, int daysAgo) =>
        new("行政处罚", $"湖市监罚〔2026〕{daysAgo}号", Today.AddDays(-daysAgo), penaltyClass, "HZ-SJJ");

    private static ListStandingEntry Entry(bool black, DateOnly from, DateOnly? until) =>
        new("T", black ? "严重违法失信名单" : "守信激励名单", black, "文号1", "湖州市市场监督管理局", "依据", from, until);

    private static RiskGrade Grade(string grade, int index, int count) =>
        new(new EvaluationGrade("JZY", "建筑业", grade, grade + "级", 50m, 1, DateTimeOffset.UnixEpoch), index, count);

    private static CommitmentBreach Breach(int daysAgo) => new("CN-1", "施工许可", "审批替代型", Today.AddDays(-daysAgo), "市建设局");

    private static RiskAssessment Assess(
        IReadOnlyList<BadRecordFact>? records = null,
        IReadOnlyList<ListStandingEntry>? entries = null,
        IReadOnlyList<RiskGrade>? grades = null,
        IReadOnlyList<CommitmentBreach>? breaches = null,
        int objections = 0) =>
        RiskRule.Assess(new RiskFacts(records ?? [], entries ?? [], grades ?? [], breaches ?? [], objections), Today);

    [Fact]
    public void Nothing_is_none_without_lines()
    {
        var a = Assess();
        Assert.Equal(RiskLevel.None, a.Level);
        Assert.Empty(a.Lines);
    }

    [Fact]
    public void A_black_list_entry_in_force_is_high_and_an_expired_or_future_one_is_not_counted()
    {
        Assert.Equal(RiskLevel.High, Assess(entries: [Entry(true, Today.AddDays(-30), null)]).Level);
        Assert.Equal(RiskLevel.High, Assess(entries: [Entry(true, Today.AddDays(-30), Today)]).Level);
        Assert.Equal(RiskLevel.None, Assess(entries: [Entry(true, Today.AddYears(-3), Today.AddDays(-1))]).Level);
        Assert.Equal(RiskLevel.None, Assess(entries: [Entry(true, Today.AddDays(1), null)]).Level);
        var line = Assert.Single(Assess(entries: [Entry(true, Today.AddDays(-30), null)]).Lines);
        Assert.Equal("黑名单", line.Signal);
        Assert.Contains("严重违法失信名单", line.Fact, StringComparison.Ordinal);
    }

    [Fact]
    public void A_red_list_entry_is_shown_but_never_counted()
    {
        var a = Assess(entries: [Entry(false, Today.AddDays(-30), null)]);
        Assert.Equal(RiskLevel.None, a.Level);
        Assert.Equal(RiskLevel.None, Assert.Single(a.Lines).Effect);
    }

    [Fact]
    public void A_recent_serious_record_is_high()
    {
        var a = Assess(records: [Record(PenaltyClass.Serious, 30)]);
        Assert.Equal(RiskLevel.High, a.Level);
        Assert.Contains("近 12 个月严重失信记录", a.Lines.Single().Signal, StringComparison.Ordinal);
    }

    [Fact]
    public void Recent_general_records_are_medium_up_to_two_and_high_from_three_and_unclassed_count_as_general()
    {
        Assert.Equal(RiskLevel.Medium, Assess(records: [Record(PenaltyClass.General, 10)]).Level);
        Assert.Equal(RiskLevel.Medium, Assess(records: [Record(PenaltyClass.General, 10), Record(null, 20)]).Level);
        Assert.Equal(RiskLevel.High, Assess(records: [Record(PenaltyClass.General, 10), Record(null, 20), Record(PenaltyClass.General, 300)]).Level);
    }

    [Fact]
    public void Records_twelve_to_thirty_six_months_old_are_low_and_older_ones_do_not_count()
    {
        Assert.Equal(RiskLevel.Low, Assess(records: [Record(PenaltyClass.Serious, 400)]).Level);
        Assert.Equal(RiskLevel.Low, Assess(records: [Record(PenaltyClass.General, 1000)]).Level);
        var old = Assess(records: [Record(PenaltyClass.Serious, 1200)]);
        Assert.Equal(RiskLevel.None, old.Level);
        Assert.Empty(old.Lines);
    }

    [Fact]
    public void The_lowest_band_is_high_the_second_lowest_medium_and_better_grades_are_shown_only()
    {
        Assert.Equal(RiskLevel.High, Assess(grades: [Grade("D", 3, 4)]).Level);
        Assert.Equal(RiskLevel.Medium, Assess(grades: [Grade("C", 2, 4)]).Level);
        Assert.Equal(RiskLevel.None, Assess(grades: [Grade("B", 1, 4)]).Level);
        Assert.Single(Assess(grades: [Grade("B", 1, 4)]).Lines);
        // A two-band field: its upper band is not "second-lowest"; a grade its model no longer has counts for nothing.
        Assert.Equal(RiskLevel.None, Assess(grades: [Grade("A", 0, 2)]).Level);
        Assert.Equal(RiskLevel.None, Assess(grades: [Grade("X", -1, 0)]).Level);
    }

    [Fact]
    public void A_recent_breach_is_medium_and_an_older_one_low()
    {
        Assert.Equal(RiskLevel.Medium, Assess(breaches: [Breach(60)]).Level);
        Assert.Equal(RiskLevel.Low, Assess(breaches: [Breach(500)]).Level);
        Assert.Equal(RiskLevel.None, Assess(breaches: [Breach(1500)]).Level);
    }

    [Fact]
    public void Objections_are_shown_and_not_counted()
    {
        var a = Assess(objections: 2);
        Assert.Equal(RiskLevel.None, a.Level);
        Assert.Contains("2 条", Assert.Single(a.Lines).Fact, StringComparison.Ordinal);
    }

    [Fact]
    public void The_level_is_the_highest_line()
    {
        var a = Assess(records: [Record(PenaltyClass.General, 400)], breaches: [Breach(30)], grades: [Grade("D", 3, 4)]);
        Assert.Equal(RiskLevel.High, a.Level);
        Assert.Equal([RiskLevel.Low, RiskLevel.High, RiskLevel.Medium], a.Lines.Select(l => l.Effect).ToArray());
    }
}
