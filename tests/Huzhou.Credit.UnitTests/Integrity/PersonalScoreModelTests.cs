using Huzhou.Credit.Integrity.Domain;

namespace Huzhou.Credit.UnitTests.Integrity;

public sealed class PersonalScoreModelTests
{
    [Fact]
    public void Without_any_fact_a_person_starts_at_the_base_and_level_A()
    {
        var result = PersonalScoreModel.Compute(new PersonFacts(null, 0, 0, 0, 0, 0, 0, 0));
        Assert.Equal(600, result.Score);
        Assert.Equal(3, result.Level);
        Assert.Contains("基准分", result.Lines[0].Facts, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fact_has_its_line_and_the_lines_sum_to_the_score()
    {
        var result = PersonalScoreModel.Compute(new PersonFacts(720m, 3, 1, 2, 30m, 1, 1, 0));
        // 720 + 15 − 60 + 40 + 15 − 10 − 40
        Assert.Equal(680, result.Score);
        Assert.Equal(result.Score, result.Lines.Sum(l => l.Points) + result.Adjustment);
        Assert.Equal(0, result.Adjustment);
        Assert.Equal(["基础分", "信用承诺践诺", "信用承诺违诺", "表彰荣誉", "志愿服务", "失信信息"], result.Lines.Select(l => l.Name));
    }

    [Fact]
    public void Caps_hold_and_the_score_stays_within_the_scale()
    {
        var generous = PersonalScoreModel.Compute(new PersonFacts(990m, 40, 0, 20, 1000m, 0, 0, 0));
        Assert.Equal(1000, generous.Score);
        Assert.Equal(50, generous.Lines[1].Points);
        Assert.Equal(100, generous.Lines[4].Points);
        Assert.Equal(5, generous.Level);
        Assert.True(generous.Adjustment < 0);

        var poor = PersonalScoreModel.Compute(new PersonFacts(300m, 0, 10, 0, 0, 0, 0, 9));
        Assert.Equal(0, poor.Score);
        Assert.Equal(-240, poor.Lines[2].Points);
        Assert.Equal(-400, poor.Lines[5].Points);
        Assert.Equal(1, poor.Level);
    }

    [Theory]
    [InlineData(850, 5)]
    [InlineData(849, 4)]
    [InlineData(750, 4)]
    [InlineData(600, 3)]
    [InlineData(599, 2)]
    [InlineData(449, 1)]
    public void Levels_follow_the_published_bands(int score, int level) => Assert.Equal(level, IntegrityLevels.Of(score));
}
