using System.Globalization;
using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>The metrics' and comparisons' Chinese names and units.</summary>
internal static class ThresholdMetrics
{
    public static readonly ThresholdMetric[] All =
        [ThresholdMetric.SeriousPenalties, ThresholdMetric.GradeShare, ThresholdMetric.Timeliness, ThresholdMetric.Compliance, ThresholdMetric.Reporting];

    public static string Name(ThresholdMetric metric) => metric switch
    {
        ThresholdMetric.SeriousPenalties => "本月严重失信处罚条数（区县）",
        ThresholdMetric.GradeShare => "评价领域某等级占比（%）",
        ThresholdMetric.Timeliness => "部门及时率（%）",
        ThresholdMetric.Compliance => "部门合规率（%）",
        ThresholdMetric.Reporting => "部门上报率（%）",
        _ => metric.ToString(),
    };

    public static bool IsRate(ThresholdMetric metric) => metric is ThresholdMetric.Timeliness or ThresholdMetric.Compliance or ThresholdMetric.Reporting;

    public static string Unit(ThresholdMetric metric) => metric == ThresholdMetric.SeriousPenalties ? " 条" : "%";

    public static string Comparison(ThresholdComparison comparison) => comparison == ThresholdComparison.Below ? "低于" : "高于";

    /// <summary>A value with its unit: 7 条, 92.5%.</summary>
    public static string Format(ThresholdMetric metric, decimal value) =>
        metric == ThresholdMetric.SeriousPenalties
            ? value.ToString("0", CultureInfo.InvariantCulture) + " 条"
            : value.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>The rule's condition in words, e.g. 高于 5 条.</summary>
    public static string Condition(ThresholdRule rule) => Comparison(rule.Comparison) + " " + Format(rule.Metric, rule.Threshold);
}
