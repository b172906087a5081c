using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Integrity.Domain;

namespace Huzhou.Credit.UnitTests.Integrity;

/// <summary>"How to raise it" (怎样提高诚信分): drawn from the score model's lines and the bad records that count.</summary>
public sealed class ScoreAdviceTests
{
    private static readonly DateOnly Today = new(2026, 12, 8);

    private static RepairableRecord Bad(long id, PenaltyClass? penaltyClass, DateOnly decided, DateOnly? minimumEnd) =>
        new(1, id, "XZCF", "行政处罚信息", "HZ-SJJ", $"湖市监处罚〔2026〕{id}号", decided, decided.AddYears(1), minimumEnd, penaltyClass, "2026", CreditRecordStatus.Active, true, []);

    [Fact]
    public void A_bad_record_past_its_minimum_period_comes_first_with_its_deduction_and_a_repair_link()
    {
        var score = PersonalScoreModel.Compute(new PersonFacts(null, 1, 0, 1, 86m, 0, 1, 0));
        var advice = ScoreAdvice.For(score, [Bad(7, PenaltyClass.General, Today.AddMonths(-4), Today.AddMonths(-1))], Today, 0.5m);

        var first = advice[0];
        Assert.Equal(7, first.RecordId);
        Assert.True(first.CanRepairNow);
        Assert.Equal(40, first.Points);
        Assert.Contains("扣 40 分", first.Text, StringComparison.Ordinal);
        Assert.Contains("最短公示期已于 2026-11-08 届满", first.Text, StringComparison.Ordinal);
        Assert.Contains("至 2029-08-08 满三年后不再计入", first.Text, StringComparison.Ordinal);
        Assert.Contains("提出异议", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_before_its_minimum_period_says_when_and_offers_no_repair_yet_and_a_minor_one_can_be_repaired_at_once()
    {
        var score = PersonalScoreModel.Compute(new PersonFacts(null, 0, 0, 0, 0, 1, 0, 1));
        var advice = ScoreAdvice.For(score, [Bad(1, PenaltyClass.Minor, Today.AddDays(-10), null), Bad(2, PenaltyClass.Serious, Today.AddMonths(-2), Today.AddMonths(10))], Today, 0.5m);

        // The bigger deduction first.
        Assert.Equal(2, advice[0].RecordId);
        Assert.Equal(120, advice[0].Points);
        Assert.False(advice[0].CanRepairNow);
        Assert.Contains("最短公示期 2027-10-08 届满后，可申请信用修复", advice[0].Text, StringComparison.Ordinal);
        Assert.Equal(1, advice[1].RecordId);
        Assert.True(advice[1].CanRepairNow);
        Assert.Contains("履行法定义务后即可申请", advice[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Positive_lines_say_what_is_left_to_gain_and_lines_at_their_ceiling_are_left_out()
    {
        // Commitments at the ceiling (10 × 5 = 50), one honour (20 of 100), 86 volunteer hours (43 of 100).
        var score = PersonalScoreModel.Compute(new PersonFacts(null, 10, 0, 1, 86m, 0, 0, 0));
        var advice = ScoreAdvice.For(score, [], Today, 0.5m);

        Assert.DoesNotContain(advice, a => a.Title == PersonalScoreModel.CommitmentsKeptLine);
        var volunteer = Assert.Single(advice, a => a.Title == PersonalScoreModel.VolunteerLine);
        Assert.Equal(57, volunteer.Points);
        Assert.Contains("再服务约 114 小时", volunteer.Text, StringComparison.Ordinal);
        Assert.Equal(80, Assert.Single(advice, a => a.Title == PersonalScoreModel.HonoursLine).Points);
        Assert.All(advice, a => Assert.Null(a.RecordId));
    }

    [Fact]
    public void A_breach_is_explained_and_the_next_level_is_counted_from_the_score()
    {
        var score = PersonalScoreModel.Compute(new PersonFacts(null, 0, 1, 0, 0, 0, 0, 0));
        Assert.Contains(ScoreAdvice.For(score, [], Today, 0.5m), a => a.Title == PersonalScoreModel.CommitmentsBreachedLine && a.Points == 60);
        Assert.Equal(("A 诚信合格", 60), ScoreAdvice.NextLevel(540));
        Assert.Equal(("AA 诚信良好", 122), ScoreAdvice.NextLevel(628));
        Assert.Null(ScoreAdvice.NextLevel(900));
    }
}
