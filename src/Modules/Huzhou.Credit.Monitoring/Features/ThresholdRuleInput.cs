using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>A threshold rule as the form sends it (numbers as text, so a bad one gets a Chinese message of its own).</summary>
internal sealed class ThresholdRuleInput
{
    public string? Name { get; set; }

    public ThresholdMetric Metric { get; set; } = ThresholdMetric.SeriousPenalties;

    public string? DistrictCode { get; set; }

    public string? FieldCode { get; set; }

    public string? Grade { get; set; }

    public long? WatchListId { get; set; }

    public string? DepartmentCode { get; set; }

    public string? WindowDays { get; set; } = "30";

    public ThresholdComparison Comparison { get; set; } = ThresholdComparison.Above;

    public string? Threshold { get; set; }

    public bool Serious { get; set; }

    public bool NotifyConcerned { get; set; }

    public static ThresholdRuleInput From(ThresholdRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new ThresholdRuleInput
        {
            Name = rule.Name,
            Metric = rule.Metric,
            DistrictCode = rule.DistrictCode,
            FieldCode = rule.FieldCode,
            Grade = rule.Grade,
            WatchListId = rule.WatchListId,
            DepartmentCode = rule.DepartmentCode,
            WindowDays = rule.WindowDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Comparison = rule.Comparison,
            Threshold = rule.Threshold.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            Serious = rule.Serious,
            NotifyConcerned = rule.NotifyConcerned,
        };
    }
}
