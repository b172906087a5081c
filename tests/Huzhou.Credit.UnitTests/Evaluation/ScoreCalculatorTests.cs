using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Seed;

namespace Huzhou.Credit.UnitTests.Evaluation;

public sealed class ScoreCalculatorTests
{
    private static readonly ModelDefinition Standard = StandardFields.ModelFor("JZY");

    private static readonly GradeBand[] Bands =
    [
        new("A", "A级", 90m, "每年 1 次", 3m),
        new("B", "B级", 0m, "每季度 1 次", 100m),
    ];

    private static SubjectFacts WithProvincial(decimal? score) => new() { ProvincialScore = score };

    [Fact]
    public void Base_gives_its_points_to_every_subject()
    {
        var (points, fact, count) = ScoreCalculator.Apply(new Indicator(IndicatorKind.Base, "基础分", 30m), new SubjectFacts());

        Assert.Equal(30m, points);
        Assert.Equal(0m, fact);
        Assert.Equal(0, count);
    }

    [Fact]
    public void Provincial_score_is_weighted_rounded_and_capped()
    {
        var indicator = new Indicator(IndicatorKind.ProvincialScore, "省公共信用评价", 0.07m, Cap: 70m, DefaultPoints: 49m);

        Assert.Equal((56.88m, 812.5m, 1), ScoreCalculator.Apply(indicator, WithProvincial(812.5m)));
        Assert.Equal((70m, 1000m, 1), ScoreCalculator.Apply(indicator, WithProvincial(1000m)));
        Assert.Equal((60m, 1000m, 1), ScoreCalculator.Apply(indicator with { Cap = 60m }, WithProvincial(1000m)));
        Assert.Equal((0m, 0m, 1), ScoreCalculator.Apply(indicator, WithProvincial(0m)));
    }

    [Fact]
    public void Without_a_provincial_score_the_default_points_apply_and_the_fact_is_minus_one()
    {
        var indicator = new Indicator(IndicatorKind.ProvincialScore, "省公共信用评价", 0.07m, Cap: 70m, DefaultPoints: 49m);

        Assert.Equal((49m, -1m, 0), ScoreCalculator.Apply(indicator, WithProvincial(null)));
        Assert.Equal((0m, -1m, 0), ScoreCalculator.Apply(indicator with { DefaultPoints = null }, WithProvincial(null)));
    }

    [Fact]
    public void Bad_records_are_counted_per_class_within_the_window_with_yearly_decay()
    {
        var facts = new SubjectFacts();
        facts.Bad[3][0] = 1;
        facts.Bad[3][1] = 1;
        facts.Bad[3][2] = 1;
        facts.Bad[3][3] = 5; // older than the three-year window
        facts.Bad[2][0] = 7; // another class
        var serious = new Indicator(IndicatorKind.BadRecords, "严重失信记录", -15m, Cap: 45m, Years: 3, Decay: 0.8m, PenaltyClass: 3);

        var (points, fact, count) = ScoreCalculator.Apply(serious, facts);

        Assert.Equal(1m + 0.8m + 0.64m, fact);
        Assert.Equal(2.44m, fact);
        Assert.Equal(3, count);
        Assert.Equal(-36.6m, points);
    }

    [Fact]
    public void Records_at_an_age_of_the_window_or_more_are_ignored()
    {
        var facts = new SubjectFacts();
        facts.Bad[1][1] = 2;
        facts.Bad[1][5] = 3;
        var minor = new Indicator(IndicatorKind.BadRecords, "轻微失信记录", -1m, Cap: 5m, Years: 1, PenaltyClass: 1);

        Assert.Equal((0m, 0m, 0), ScoreCalculator.Apply(minor, facts));
        Assert.Equal((-2m, 2m, 2), ScoreCalculator.Apply(minor with { Years = 2 }, facts));
        Assert.Equal((-5m, 5m, 5), ScoreCalculator.Apply(minor with { Years = 10 }, facts));
    }

    [Fact]
    public void Without_years_the_window_is_three_and_without_decay_every_record_counts_fully()
    {
        var facts = new SubjectFacts();
        facts.Bad[2][0] = 1;
        facts.Bad[2][2] = 2;
        facts.Bad[2][3] = 4;
        var general = new Indicator(IndicatorKind.BadRecords, "一般失信记录", -4m, PenaltyClass: 2);

        Assert.Equal((-12m, 3m, 3), ScoreCalculator.Apply(general, facts));
    }

    [Fact]
    public void A_decayed_count_is_kept_to_four_decimals()
    {
        var facts = new SubjectFacts();
        for (var age = 0; age < SubjectFacts.MaxYears; age++)
        {
            facts.Bad[3][age] = 1;
        }

        var indicator = new Indicator(IndicatorKind.BadRecords, "严重失信记录", -1m, Years: 10, Decay: 0.5m, PenaltyClass: 3);

        // 1 + 0.5 + ... + 0.5^9 = 1.998046875 → 1.998 (4 decimals), points -2.00.
        Assert.Equal((-2m, 1.998m, 10), ScoreCalculator.Apply(indicator, facts));
    }

    [Fact]
    public void Records_without_a_penalty_class_count_as_general()
    {
        Assert.Equal(2, SubjectFacts.ClassIndex(null));
        Assert.Equal(1, SubjectFacts.ClassIndex(1));
        Assert.Equal(2, SubjectFacts.ClassIndex(2));
        Assert.Equal(3, SubjectFacts.ClassIndex(3));
        Assert.Equal(2, SubjectFacts.ClassIndex(0));
        Assert.Equal(2, SubjectFacts.ClassIndex(9));

        var facts = new SubjectFacts();
        facts.Bad[SubjectFacts.ClassIndex(null)][0] = 2;
        var general = new Indicator(IndicatorKind.BadRecords, "一般失信记录", -4m, Cap: 24m, Years: 3, Decay: 0.8m, PenaltyClass: 2);
        var serious = general with { PenaltyClass = 3 };
        var noClass = general with { PenaltyClass = null };

        Assert.Equal((-8m, 2m, 2), ScoreCalculator.Apply(general, facts));
        Assert.Equal((-8m, 2m, 2), ScoreCalculator.Apply(noClass, facts));
        Assert.Equal((0m, 0m, 0), ScoreCalculator.Apply(serious, facts));
    }

    [Fact]
    public void The_cap_limits_a_negative_indicator()
    {
        var facts = new SubjectFacts();
        facts.Bad[2][0] = 10;
        var general = new Indicator(IndicatorKind.BadRecords, "一般失信记录", -4m, Cap: 24m, Years: 3, Decay: 0.8m, PenaltyClass: 2);

        Assert.Equal((-24m, 10m, 10), ScoreCalculator.Apply(general, facts));
        Assert.Equal((-40m, 10m, 10), ScoreCalculator.Apply(general with { Cap = null }, facts));
    }

    [Fact]
    public void Lists_in_force_read_black_or_red_entries()
    {
        var facts = new SubjectFacts { BlackListEntries = 3, RedListEntries = 1 };
        var black = new Indicator(IndicatorKind.ListsInForce, "黑名单", -40m, Cap: 80m, Black: true);
        var red = new Indicator(IndicatorKind.ListsInForce, "红名单", 5m, Cap: 10m, Black: false);

        Assert.Equal((-80m, 3m, 3), ScoreCalculator.Apply(black, facts));
        Assert.Equal((-120m, 3m, 3), ScoreCalculator.Apply(black with { Cap = null }, facts));
        Assert.Equal((-120m, 3m, 3), ScoreCalculator.Apply(black with { Black = null, Cap = null }, facts));
        Assert.Equal((5m, 1m, 1), ScoreCalculator.Apply(red, facts));

        facts.RedListEntries = 4;
        Assert.Equal((10m, 4m, 4), ScoreCalculator.Apply(red, facts));
    }

    [Fact]
    public void Commitments_honours_and_repairs_count_within_their_years()
    {
        var facts = new SubjectFacts();
        facts.CommitmentsKept[0] = 2;
        facts.CommitmentsKept[2] = 1;
        facts.CommitmentsKept[3] = 9;
        facts.CommitmentsBreached[1] = 2;
        facts.Honours[0] = 1;
        facts.Honours[1] = 4;
        facts.Repaired[2] = 1;

        Assert.Equal((3m, 3m, 3), ScoreCalculator.Apply(new Indicator(IndicatorKind.CommitmentsKept, "信用承诺践诺", 1m, Cap: 5m, Years: 3), facts));
        Assert.Equal((-20m, 2m, 2), ScoreCalculator.Apply(new Indicator(IndicatorKind.CommitmentsBreached, "信用承诺违诺", -10m, Cap: 30m, Years: 3), facts));
        Assert.Equal((9m, 5m, 5), ScoreCalculator.Apply(new Indicator(IndicatorKind.Honours, "表彰荣誉", 3m, Cap: 9m, Years: 3), facts));
        Assert.Equal((3m, 1m, 1), ScoreCalculator.Apply(new Indicator(IndicatorKind.Honours, "表彰荣誉", 3m, Cap: 9m, Years: 1), facts));
        Assert.Equal((1m, 1m, 1), ScoreCalculator.Apply(new Indicator(IndicatorKind.Repairs, "主动信用修复", 1m, Cap: 3m, Years: 3), facts));
        Assert.Equal((0m, 0m, 0), ScoreCalculator.Apply(new Indicator(IndicatorKind.Repairs, "主动信用修复", 1m, Cap: 3m, Years: 2), facts));
        Assert.Equal((1.5m, 1.5m, 2), ScoreCalculator.Apply(new Indicator(IndicatorKind.CommitmentsBreached, "信用承诺违诺", 1m, Years: 3, Decay: 0.75m), facts));
    }

    [Fact]
    public void The_total_is_the_sum_of_the_points()
    {
        var facts = new SubjectFacts { ProvincialScore = 700m, RedListEntries = 1 };
        facts.Bad[2][1] = 1;

        var score = ScoreCalculator.Score(Standard, facts);

        // 30 + 700 × 0.07 = 49 → 79, one 一般 record a year old −4 × 0.8 = −3.2, one red list entry +5.
        decimal[] expected = [30m, 49m, 0m, -3.2m, 0m, 0m, 5m, 0m, 0m, 0m, 0m];
        Assert.Equal(expected, score.Points);
        Assert.Equal(80.8m, score.Score);
        Assert.Equal(0m, score.Adjustment);
        Assert.Equal("B", score.Grade);
        Assert.Equal(Standard.Indicators.Count, score.Facts.Length);
        Assert.Equal(Standard.Indicators.Count, score.Counts.Length);
        Assert.Equal(700m, score.Facts[1]);
        Assert.Equal(0.8m, score.Facts[3]);
        Assert.Equal(1, score.Counts[3]);
    }

    [Fact]
    public void The_total_is_kept_within_zero_and_the_scale_and_the_adjustment_makes_up_the_difference()
    {
        var model = new ModelDefinition(
            100m,
            [
                new Indicator(IndicatorKind.Base, "基础分", 80m),
                new Indicator(IndicatorKind.Honours, "表彰荣誉", 10m, Years: 3),
                new Indicator(IndicatorKind.ListsInForce, "黑名单", -60m, Black: true),
            ],
            Bands);

        var over = new SubjectFacts();
        over.Honours[0] = 3;
        var under = new SubjectFacts { BlackListEntries = 2 };
        var within = new SubjectFacts { BlackListEntries = 1 };

        var high = ScoreCalculator.Score(model, over);
        var low = ScoreCalculator.Score(model, under);
        var middle = ScoreCalculator.Score(model, within);

        Assert.Equal(100m, high.Score);
        Assert.Equal(-10m, high.Adjustment);
        Assert.Equal("A", high.Grade);
        Assert.Equal(0m, low.Score);
        Assert.Equal(40m, low.Adjustment);
        Assert.Equal("B", low.Grade);
        Assert.Equal(20m, middle.Score);
        Assert.Equal(0m, middle.Adjustment);
        foreach (var s in new[] { high, low, middle })
        {
            Assert.Equal(s.Score, s.Points.Sum() + s.Adjustment);
        }
    }

    [Theory]
    [InlineData("100", "A")]
    [InlineData("90", "A")]
    [InlineData("89.99", "B")]
    [InlineData("75", "B")]
    [InlineData("74.99", "C")]
    [InlineData("60", "C")]
    [InlineData("59.99", "D")]
    [InlineData("0", "D")]
    public void Grade_bands_start_at_their_minimum_score(string score, string grade)
    {
        var value = decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(grade, Standard.BandOf(value).Grade);
        Assert.Equal(grade, StandardFields.ModelFor("STHJ").BandOf(value).Grade);
    }

    [Fact]
    public void A_score_below_every_band_gets_the_lowest_and_the_band_order_does_not_matter()
    {
        var shuffled = Standard with { Bands = [Standard.Bands[2], Standard.Bands[0], Standard.Bands[3], Standard.Bands[1]] };

        Assert.Equal("D", Standard.BandOf(-5m).Grade);
        Assert.Equal("A", shuffled.BandOf(90m).Grade);
        Assert.Equal("B", shuffled.BandOf(89.99m).Grade);
        Assert.Equal("C", shuffled.BandOf(60m).Grade);
        Assert.Equal("D", shuffled.BandOf(59.99m).Grade);
    }

    [Fact]
    public void The_standard_model_gives_a_subject_with_only_a_provincial_score_its_base_and_weighted_score()
    {
        var score = ScoreCalculator.Score(Standard, WithProvincial(812.5m));

        // 30 + 812.5 × 0.07 = 30 + 56.875 → 30 + 56.88 = 86.88.
        Assert.Equal(86.88m, score.Score);
        Assert.Equal(30m, score.Points[0]);
        Assert.Equal(56.88m, score.Points[1]);
        Assert.All(score.Points.Skip(2), p => Assert.Equal(0m, p));
        Assert.Equal(0m, score.Adjustment);
        Assert.Equal("B", score.Grade);
        Assert.Equal("B级（较好）", Standard.BandOf(score.Score).Name);
        Assert.Equal(3, Standard.LongestYears);
    }

    [Fact]
    public void The_standard_model_without_a_provincial_score_uses_the_default()
    {
        var score = ScoreCalculator.Score(Standard, new SubjectFacts());

        Assert.Equal(79m, score.Score);
        Assert.Equal(-1m, score.Facts[1]);
        Assert.Equal("B", score.Grade);
    }

    [Fact]
    public void A_new_serious_record_lowers_the_grade()
    {
        var facts = WithProvincial(812.5m);
        facts.Bad[3][0] = 1;

        var score = ScoreCalculator.Score(Standard, facts);

        Assert.Equal(-15m, score.Points[2]);
        Assert.Equal(71.88m, score.Score);
        Assert.Equal("C", score.Grade);
    }

    [Fact]
    public void A_repaired_record_does_not_lower_the_score_and_earns_the_repair_points()
    {
        var facts = WithProvincial(812.5m);
        facts.Repaired[0] = 1;

        var score = ScoreCalculator.Score(Standard, facts);

        Assert.All(score.Points.Skip(2).Take(3), p => Assert.Equal(0m, p));
        Assert.Equal(1m, score.Points[^1]);
        Assert.Equal(87.88m, score.Score);
        Assert.Equal("B", score.Grade);
    }

    [Fact]
    public void A_field_includes_organisations_of_its_sections_and_with_one_of_its_keywords()
    {
        var building = new EvaluationField { Code = "JZY", IndustrySections = ["E"] };
        var catering = new EvaluationField { Code = "CYFW", IndustrySections = ["H"], NameKeywords = ["餐饮", "饭店"] };
        var tourism = new EvaluationField { Code = "LY", IndustrySections = ["L", "N", "H"], NameKeywords = ["旅行社", "民宿"] };

        Assert.True(building.Includes("E", "湖州某某建设有限公司"));
        Assert.False(building.Includes("F", "湖州某某建设有限公司"));
        Assert.False(building.Includes(null, "湖州某某建设有限公司"));
        Assert.False(building.Includes("e", "湖州某某建设有限公司"));
        Assert.True(catering.Includes("H", "湖州某某餐饮管理有限公司"));
        Assert.True(catering.Includes("H", "长兴某某饭店"));
        Assert.False(catering.Includes("H", "湖州某某宾馆有限公司"));
        Assert.False(catering.Includes("C", "湖州某某餐饮管理有限公司"));
        Assert.True(tourism.Includes("N", "安吉某某民宿"));
        Assert.True(tourism.Includes("H", "德清某某民宿"));
        Assert.False(tourism.Includes("E", "德清某某民宿"));
    }

    [Fact]
    public void Describe_tells_the_fact_in_chinese_with_the_count()
    {
        var serious = new Indicator(IndicatorKind.BadRecords, "严重失信记录", -15m, Cap: 45m, Years: 3, Decay: 0.8m, PenaltyClass: 3);
        var minor = new Indicator(IndicatorKind.BadRecords, "轻微失信记录", -1m, Cap: 5m, Years: 1, PenaltyClass: 1);
        var provincial = new Indicator(IndicatorKind.ProvincialScore, "省公共信用评价", 0.07m, Cap: 70m, DefaultPoints: 49m);

        Assert.Equal("近 3 年严重失信记录 3 条（按年衰减后 2.44）", ScoreCalculator.Describe(serious, 2.44m, 3));
        Assert.Equal("近 3 年严重失信记录 1 条", ScoreCalculator.Describe(serious, 1m, 1));
        Assert.Equal("近 1 年轻微失信记录 4 条", ScoreCalculator.Describe(minor, 4m, 4));
        Assert.Equal("省公共信用评价 812.5 分", ScoreCalculator.Describe(provincial, 812.5m, 1));
        Assert.Equal("暂无省公共信用评价结果，按缺省分计", ScoreCalculator.Describe(provincial, -1m, 0));
        Assert.Equal("每个主体相同", ScoreCalculator.Describe(new Indicator(IndicatorKind.Base, "基础分", 30m), 0m, 0));
        Assert.Equal("黑名单有效列入 2 条", ScoreCalculator.Describe(new Indicator(IndicatorKind.ListsInForce, "黑名单", -40m, Black: true), 2m, 2));
        Assert.Equal("红名单有效列入 1 条", ScoreCalculator.Describe(new Indicator(IndicatorKind.ListsInForce, "红名单", 5m, Black: false), 1m, 1));
        Assert.Contains("7", ScoreCalculator.Describe(new Indicator(IndicatorKind.CommitmentsKept, "信用承诺践诺", 1m, Years: 3), 7m, 7), StringComparison.Ordinal);
        Assert.Equal("近 3 年违诺承诺 2 件", ScoreCalculator.Describe(new Indicator(IndicatorKind.CommitmentsBreached, "信用承诺违诺", -10m, Years: 3), 2m, 2));
        Assert.Equal("近 3 年表彰荣誉 5 项", ScoreCalculator.Describe(new Indicator(IndicatorKind.Honours, "表彰荣誉", 3m, Years: 3), 5m, 5));
        Assert.Equal("近 3 年完成信用修复 1 条", ScoreCalculator.Describe(new Indicator(IndicatorKind.Repairs, "主动信用修复", 1m, Years: 3), 1m, 1));
    }

    [Fact]
    public void Describe_explains_every_indicator_of_a_scored_subject()
    {
        var facts = WithProvincial(812.5m);
        facts.Bad[3][0] = 1;
        facts.Bad[3][1] = 1;
        facts.Bad[3][2] = 1;

        var score = ScoreCalculator.Score(Standard, facts);
        var texts = Standard.Indicators.Select((x, i) => ScoreCalculator.Describe(x, score.Facts[i], score.Counts[i])).ToList();

        Assert.Equal("近 3 年严重失信记录 3 条（按年衰减后 2.44）", texts[2]);
        Assert.Equal(-36.6m, score.Points[2]);
        Assert.Equal(50.28m, score.Score);
        Assert.Equal("D", score.Grade);
        Assert.All(texts, t => Assert.False(string.IsNullOrEmpty(t)));
    }
}
