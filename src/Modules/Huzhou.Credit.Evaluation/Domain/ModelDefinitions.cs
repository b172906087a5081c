using System.Text.Json;
using System.Text.Json.Serialization;

namespace Huzhou.Credit.Evaluation.Domain;

/// <summary>Reads, writes and checks model definitions (stored as JSON on the version).</summary>
internal static class ModelDefinitions
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(ModelDefinition model) => JsonSerializer.Serialize(model, Options);

    public static ModelDefinition Parse(string json) =>
        JsonSerializer.Deserialize<ModelDefinition>(json, Options) ?? throw new InvalidOperationException("Empty model definition.");

    /// <summary>Everything wrong with a model, in Chinese; empty when it can be published.</summary>
    public static IReadOnlyList<string> Problems(ModelDefinition model)
    {
        var problems = new List<string>();
        if (model.Scale is <= 0 or > 1000)
        {
            problems.Add("满分须在 1 至 1000 之间。");
        }

        if (model.Indicators.Count == 0)
        {
            problems.Add("模型至少需要一个指标。");
        }

        for (var i = 0; i < model.Indicators.Count; i++)
        {
            var x = model.Indicators[i];
            var at = $"第 {i + 1} 个指标（{x.Name}）：";
            if (string.IsNullOrWhiteSpace(x.Name) || x.Name.Length > 50)
            {
                problems.Add($"第 {i + 1} 个指标须有名称（50 字以内）。");
            }

            if (!Enum.IsDefined(x.Kind))
            {
                problems.Add(at + "指标类型无效。");
            }

            if (x.Kind is not (IndicatorKind.Base or IndicatorKind.ProvincialScore or IndicatorKind.ListsInForce) && x.Years is not (>= 1 and <= SubjectFacts.MaxYears))
            {
                problems.Add(at + $"统计年限须在 1 至 {SubjectFacts.MaxYears} 年之间。");
            }

            if (x.Decay is { } d && d is <= 0 or > 1)
            {
                problems.Add(at + "年衰减系数须大于 0、不大于 1。");
            }

            if (x.Cap is < 0)
            {
                problems.Add(at + "封顶分值不能为负数。");
            }

            if (x.Kind == IndicatorKind.BadRecords && x.PenaltyClass is not (1 or 2 or 3))
            {
                problems.Add(at + "须选择失信记录的处罚类别（轻微、一般、严重）。");
            }

            if (x.Kind == IndicatorKind.ListsInForce && x.Black is null)
            {
                problems.Add(at + "须选择红名单或黑名单。");
            }

            if (Math.Abs(x.Points) > model.Scale)
            {
                problems.Add(at + "分值超过满分。");
            }
        }

        if (model.Bands.Count < 2)
        {
            problems.Add("至少需要两个等级。");
        }
        else
        {
            if (model.Bands.Select(b => b.Grade.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != model.Bands.Count)
            {
                problems.Add("等级代码不能重复。");
            }

            if (model.Bands.Any(b => string.IsNullOrWhiteSpace(b.Grade) || b.Grade.Length > 8 || string.IsNullOrWhiteSpace(b.Name)))
            {
                problems.Add("每个等级须有代码（8 个字符以内）和名称。");
            }

            var mins = model.Bands.Select(b => b.MinScore).ToList();
            if (mins.Zip(mins.Skip(1)).Any(p => p.First <= p.Second))
            {
                problems.Add("等级须从高到低排列，最低分逐级递减。");
            }

            if (mins[^1] != 0)
            {
                problems.Add("最低等级的最低分须为 0，使每个得分都有等级。");
            }

            if (mins.Any(m => m < 0 || m > model.Scale))
            {
                problems.Add("等级最低分须在 0 与满分之间。");
            }

            if (model.Bands.Any(b => b.SamplingRatioPercent is < 0 or > 100))
            {
                problems.Add("抽查比例须在 0% 至 100% 之间。");
            }
        }

        return problems;
    }
}
