using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Seed;

namespace Huzhou.Credit.UnitTests.Evaluation;

public sealed class ModelDefinitionsTests
{
    private static readonly ModelDefinition Standard = StandardFields.ModelFor("JZY");

    private static ModelDefinition WithIndicator(Indicator indicator) => Standard with { Indicators = [.. Standard.Indicators, indicator] };

    private static string Prefix(ModelDefinition model, Indicator indicator) => $"第 {model.Indicators.Count} 个指标（{indicator.Name}）：";

    [Fact]
    public void Serialize_and_parse_round_trip_keeps_indicators_and_bands()
    {
        foreach (var (code, _, _, _, _, _, _) in StandardFields.All)
        {
            var model = StandardFields.ModelFor(code);

            var parsed = ModelDefinitions.Parse(ModelDefinitions.Serialize(model));

            Assert.Equal(model.Scale, parsed.Scale);
            Assert.Equal(model.Indicators, parsed.Indicators);
            Assert.Equal(model.Bands, parsed.Bands);
            Assert.Equal(ModelDefinitions.Serialize(model), ModelDefinitions.Serialize(parsed));
        }
    }

    [Fact]
    public void The_json_names_kinds_as_words_keeps_chinese_readable_and_leaves_out_nulls()
    {
        var json = ModelDefinitions.Serialize(Standard);

        Assert.Contains("\"kind\":\"BadRecords\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"ProvincialScore\"", json, StringComparison.Ordinal);
        Assert.Contains("严重失信记录", json, StringComparison.Ordinal);
        Assert.Contains("A级（诚信）", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_reads_a_definition_written_by_hand_and_refuses_an_empty_one()
    {
        const string Json = """
            {"scale":100,"indicators":[{"kind":"Base","name":"基础分","points":60},{"kind":"BadRecords","name":"一般失信记录","points":-5,"years":2,"decay":0.5,"penaltyClass":2}],
             "bands":[{"grade":"A","name":"好","minScore":80,"inspectionFrequency":"每年","samplingRatioPercent":5},{"grade":"B","name":"差","minScore":0,"inspectionFrequency":"每季","samplingRatioPercent":50}]}
            """;

        var model = ModelDefinitions.Parse(Json);

        Assert.Equal(100m, model.Scale);
        Assert.Equal(new Indicator(IndicatorKind.BadRecords, "一般失信记录", -5m, Years: 2, Decay: 0.5m, PenaltyClass: 2), model.Indicators[1]);
        Assert.Equal(new GradeBand("B", "差", 0m, "每季", 50m), model.Bands[1]);
        Assert.Empty(ModelDefinitions.Problems(model));
        Assert.Throws<InvalidOperationException>(() => ModelDefinitions.Parse("null"));
    }

    [Fact]
    public void Every_standard_model_can_be_published()
    {
        Assert.NotEmpty(StandardFields.All);
        foreach (var field in StandardFields.All)
        {
            Assert.Empty(ModelDefinitions.Problems(StandardFields.ModelFor(field.Code)));
        }
    }

    [Fact]
    public void Bands_must_descend()
    {
        var model = Standard with { Bands = [Standard.Bands[1], Standard.Bands[0], Standard.Bands[2], Standard.Bands[3]] };
        var equal = Standard with { Bands = [Standard.Bands[0], Standard.Bands[1] with { MinScore = 90m }, Standard.Bands[2], Standard.Bands[3]] };

        Assert.Equal("等级须从高到低排列，最低分逐级递减。", Assert.Single(ModelDefinitions.Problems(model)));
        Assert.Equal("等级须从高到低排列，最低分逐级递减。", Assert.Single(ModelDefinitions.Problems(equal)));
    }

    [Fact]
    public void The_lowest_band_must_start_at_zero()
    {
        var model = Standard with { Bands = [.. Standard.Bands.Take(3), Standard.Bands[3] with { MinScore = 10m }] };

        Assert.Equal("最低等级的最低分须为 0，使每个得分都有等级。", Assert.Single(ModelDefinitions.Problems(model)));
    }

    [Fact]
    public void Grade_codes_must_be_unique_whatever_their_case()
    {
        var model = Standard with { Bands = [.. Standard.Bands.Take(3), Standard.Bands[3] with { Grade = "c" }] };

        Assert.Equal("等级代码不能重复。", Assert.Single(ModelDefinitions.Problems(model)));
    }

    [Fact]
    public void A_model_needs_at_least_two_bands()
    {
        var one = Standard with { Bands = [Standard.Bands[3]] };
        var none = Standard with { Bands = [] };

        Assert.Equal("至少需要两个等级。", Assert.Single(ModelDefinitions.Problems(one)));
        Assert.Equal("至少需要两个等级。", Assert.Single(ModelDefinitions.Problems(none)));
    }

    [Fact]
    public void Bad_records_need_a_penalty_class()
    {
        var indicator = new Indicator(IndicatorKind.BadRecords, "失信记录", -5m, Years: 3);
        var model = WithIndicator(indicator);

        Assert.Equal(Prefix(model, indicator) + "须选择失信记录的处罚类别（轻微、一般、严重）。", Assert.Single(ModelDefinitions.Problems(model)));
        Assert.Empty(ModelDefinitions.Problems(WithIndicator(indicator with { PenaltyClass = 1 })));
        Assert.NotEmpty(ModelDefinitions.Problems(WithIndicator(indicator with { PenaltyClass = 4 })));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-1)]
    public void Counted_indicators_need_years_between_one_and_ten(int? years)
    {
        var indicator = new Indicator(IndicatorKind.Honours, "表彰荣誉", 3m, Cap: 9m, Years: years);
        var model = WithIndicator(indicator);

        Assert.Equal(Prefix(model, indicator) + "统计年限须在 1 至 10 年之间。", Assert.Single(ModelDefinitions.Problems(model)));
    }

    [Fact]
    public void Years_at_the_limits_are_accepted_and_not_asked_of_base_provincial_and_lists()
    {
        Assert.Empty(ModelDefinitions.Problems(WithIndicator(new Indicator(IndicatorKind.Repairs, "修复", 1m, Years: 1))));
        Assert.Empty(ModelDefinitions.Problems(WithIndicator(new Indicator(IndicatorKind.Repairs, "修复", 1m, Years: SubjectFacts.MaxYears))));
        Assert.Empty(ModelDefinitions.Problems(WithIndicator(new Indicator(IndicatorKind.Base, "附加分", 1m))));
        Assert.Empty(ModelDefinitions.Problems(WithIndicator(new Indicator(IndicatorKind.ProvincialScore, "省评价", 0.01m))));
        Assert.Empty(ModelDefinitions.Problems(WithIndicator(new Indicator(IndicatorKind.ListsInForce, "红名单", 1m, Black: false))));
    }

    [Theory]
    [InlineData("1.01")]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("-0.5")]
    public void The_decay_must_be_above_zero_and_at_most_one(string decay)
    {
        var indicator = new Indicator(IndicatorKind.BadRecords, "严重失信记录", -15m, Years: 3, Decay: decimal.Parse(decay, System.Globalization.CultureInfo.InvariantCulture), PenaltyClass: 3);
        var model = WithIndicator(indicator);

        Assert.Equal(Prefix(model, indicator) + "年衰减系数须大于 0、不大于 1。", Assert.Single(ModelDefinitions.Problems(model)));
        Assert.Empty(ModelDefinitions.Problems(WithIndicator(indicator with { Decay = 1m })));
    }

    [Fact]
    public void Other_problems_are_reported_in_chinese()
    {
        Assert.Contains("满分须在 1 至 1000 之间。", ModelDefinitions.Problems(Standard with { Scale = 0m }));
        Assert.Contains("模型至少需要一个指标。", ModelDefinitions.Problems(Standard with { Indicators = [] }));
        Assert.Contains("等级最低分须在 0 与满分之间。", ModelDefinitions.Problems(Standard with { Bands = [Standard.Bands[0] with { MinScore = 120m }, .. Standard.Bands.Skip(1)] }));
        Assert.Contains("抽查比例须在 0% 至 100% 之间。", ModelDefinitions.Problems(Standard with { Bands = [.. Standard.Bands.Take(3), Standard.Bands[3] with { SamplingRatioPercent = 120m }] }));

        var lists = new Indicator(IndicatorKind.ListsInForce, "名单", -10m);
        var listsModel = WithIndicator(lists);
        Assert.Equal(Prefix(listsModel, lists) + "须选择红名单或黑名单。", Assert.Single(ModelDefinitions.Problems(listsModel)));

        var capped = new Indicator(IndicatorKind.Honours, "表彰荣誉", 3m, Cap: -1m, Years: 3);
        var cappedModel = WithIndicator(capped);
        Assert.Equal(Prefix(cappedModel, capped) + "封顶分值不能为负数。", Assert.Single(ModelDefinitions.Problems(cappedModel)));
    }
}
