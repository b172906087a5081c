using System.Globalization;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Evaluation.Domain;

/// <summary>Applies a model to a subject's facts. Pure: the same facts and model always give the same score.</summary>
internal static class ScoreCalculator
{
    public static SubjectScore Score(ModelDefinition model, SubjectFacts facts)
    {
        var n = model.Indicators.Count;
        var points = new decimal[n];
        var values = new decimal[n];
        var counts = new int[n];
        for (var i = 0; i < n; i++)
        {
            (points[i], values[i], counts[i]) = Apply(model.Indicators[i], facts);
        }

        var sum = points.Sum();
        var total = Math.Clamp(sum, 0m, model.Scale);
        return new SubjectScore(total, model.BandOf(total).Grade, points, values, counts, total - sum);
    }

    /// <summary>Points, the fact, and the raw count of one indicator.</summary>
    public static (decimal Points, decimal Fact, int Count) Apply(Indicator indicator, SubjectFacts facts)
    {
        switch (indicator.Kind)
        {
            case IndicatorKind.Base:
                return (Round(indicator.Points), 0, 0);
            case IndicatorKind.ProvincialScore:
                return facts.ProvincialScore is { } score
                    ? (Capped(indicator, score * indicator.Points), score, 1)
                    : (Round(indicator.DefaultPoints ?? 0), -1, 0);
            case IndicatorKind.ListsInForce:
                var entries = indicator.Black == false ? facts.RedListEntries : facts.BlackListEntries;
                return (Capped(indicator, entries * indicator.Points), entries, entries);
            default:
                var byAge = indicator.Kind switch
                {
                    IndicatorKind.BadRecords => facts.Bad[SubjectFacts.ClassIndex(indicator.PenaltyClass)],
                    IndicatorKind.CommitmentsKept => facts.CommitmentsKept,
                    IndicatorKind.CommitmentsBreached => facts.CommitmentsBreached,
                    IndicatorKind.Honours => facts.Honours,
                    IndicatorKind.Repairs => facts.Repaired,
                    _ => throw new InvalidOperationException($"Unknown indicator kind {indicator.Kind}."),
                };
                var years = Math.Clamp(indicator.Years ?? 3, 1, SubjectFacts.MaxYears);
                var decay = indicator.Decay ?? 1m;
                decimal weighted = 0;
                var count = 0;
                var factor = 1m;
                for (var age = 0; age < years; age++)
                {
                    weighted += byAge[age] * factor;
                    count += byAge[age];
                    factor *= decay;
                }

                weighted = Math.Round(weighted, 4, MidpointRounding.AwayFromZero);
                return (Capped(indicator, weighted * indicator.Points), weighted, count);
        }
    }

    private static decimal Capped(Indicator indicator, decimal points) =>
        Round(indicator.Cap is { } cap ? Math.Clamp(points, -cap, cap) : points);

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>The indicator's fact as a clerk reads it (e.g. “近 3 年 2 条（按年衰减后 1.8）”).</summary>
    public static string Describe(Indicator indicator, decimal fact, int count)
    {
        var c = CultureInfo.InvariantCulture;
        var years = indicator.Years ?? 3;
        string Weighted() => indicator.Decay is { } d && d != 1m && fact != count ? $"（按年衰减后 {fact.ToString("0.##", c)}）" : "";
        return indicator.Kind switch
        {
            IndicatorKind.Base => "每个主体相同",
            IndicatorKind.ProvincialScore => fact < 0 ? "暂无省公共信用评价结果，按缺省分计" : $"省公共信用评价 {fact.ToString("0.##", c)} 分",
            IndicatorKind.ListsInForce => $"{(indicator.Black == false ? "红名单" : "黑名单")}有效列入 {count} 条",
            IndicatorKind.BadRecords => $"近 {years} 年{PenaltyClassName(indicator.PenaltyClass)}失信记录 {count} 条{Weighted()}",
            IndicatorKind.CommitmentsKept => $"近 {years} 年已践诺承诺 {count} 件{Weighted()}",
            IndicatorKind.CommitmentsBreached => $"近 {years} 年违诺承诺 {count} 件{Weighted()}",
            IndicatorKind.Honours => $"近 {years} 年表彰荣誉 {count} 项{Weighted()}",
            IndicatorKind.Repairs => $"近 {years} 年完成信用修复 {count} 条{Weighted()}",
            _ => "",
        };
    }

    /// <summary>How the indicator turns the fact into points (e.g. “每条 -15 分，年衰减 0.8，最多 -45 分”).</summary>
    public static string Rule(Indicator indicator)
    {
        var c = CultureInfo.InvariantCulture;
        var cap = indicator.Cap is { } x ? $"，最多 {(indicator.Points < 0 ? "-" : "")}{x.ToString("0.##", c)} 分" : "";
        var decay = indicator.Decay is { } d && d != 1m ? $"，年衰减系数 {d.ToString("0.##", c)}" : "";
        return indicator.Kind switch
        {
            IndicatorKind.Base => $"{indicator.Points.ToString("0.##", c)} 分",
            IndicatorKind.ProvincialScore => $"省评价分 × {indicator.Points.ToString("0.####", c)}（无结果时 {(indicator.DefaultPoints ?? 0).ToString("0.##", c)} 分）{cap}",
            _ => $"每{Unit(indicator.Kind)} {indicator.Points.ToString("+0.##;-0.##", c)} 分{decay}{cap}",
        };
    }

    private static string Unit(IndicatorKind kind) => kind switch
    {
        IndicatorKind.CommitmentsKept or IndicatorKind.CommitmentsBreached => "件",
        IndicatorKind.Honours => "项",
        _ => "条",
    };

    /// <summary>As <see cref="SubjectFacts.ClassIndex"/>: a record or indicator without a class reads as 一般.</summary>
    public static string PenaltyClassName(short? penaltyClass) => CreditRecordNames.Of((PenaltyClass)SubjectFacts.ClassIndex(penaltyClass));

    public static string KindName(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Base => "基础分",
        IndicatorKind.ProvincialScore => "省公共信用评价",
        IndicatorKind.BadRecords => "失信记录",
        IndicatorKind.ListsInForce => "红黑名单",
        IndicatorKind.CommitmentsKept => "信用承诺践诺",
        IndicatorKind.CommitmentsBreached => "信用承诺违诺",
        IndicatorKind.Honours => "表彰荣誉",
        IndicatorKind.Repairs => "信用修复",
        _ => kind.ToString(),
    };
}
