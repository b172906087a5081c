using System.Globalization;
using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// The pure parts of threshold rules: the period an alert belongs to (the Shanghai calendar month), the month's days,
/// the comparison, the fact key that makes an alert once per (rule, scope value, month).
/// </summary>
internal static class ThresholdPeriods
{
    /// <summary>The period key of a Shanghai day: its month, <c>yyyy-MM</c>.</summary>
    public static string Key(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The period in Chinese, e.g. 2026年12月.</summary>
    public static string Name(DateOnly day) => day.ToString("yyyy年M月", CultureInfo.InvariantCulture);

    /// <summary>The first and last day of the day's month.</summary>
    public static (DateOnly From, DateOnly To) Month(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return (first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>Whether <paramref name="value"/> is beyond <paramref name="threshold"/>: strictly above for 高于, strictly below for 低于.</summary>
    public static bool Breaches(ThresholdComparison comparison, decimal value, decimal threshold) => comparison switch
    {
        ThresholdComparison.Above => value > threshold,
        ThresholdComparison.Below => value < threshold,
        _ => false,
    };

    /// <summary>The alert's fact key: rule, scope value and period (the unique index on alerts then makes it once).</summary>
    public static string FactKey(long ruleId, string scope, string period) =>
        string.Create(CultureInfo.InvariantCulture, $"t:{ruleId}:{scope}:{period}");

    /// <summary>A percentage of <paramref name="part"/> in <paramref name="whole"/>, rounded to 0.1; null when there is nothing to measure.</summary>
    public static decimal? Percent(long part, long whole) => whole <= 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}
