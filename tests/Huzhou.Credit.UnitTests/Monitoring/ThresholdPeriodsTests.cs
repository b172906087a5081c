using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Features;

namespace Huzhou.Credit.UnitTests.Monitoring;

/// <summary>The pure parts of threshold rules: the month an alert belongs to, comparisons, percentages, formatting.</summary>
public sealed class ThresholdPeriodsTests
{
    [Theory]
    [InlineData(2026, 12, 8, "2026-12", "2026年12月")]
    [InlineData(2027, 1, 1, "2027-01", "2027年1月")]
    [InlineData(2026, 2, 28, "2026-02", "2026年2月")]
    public void The_period_is_the_Shanghai_calendar_month(int year, int month, int day, string key, string name)
    {
        var d = new DateOnly(year, month, day);
        Assert.Equal(key, ThresholdPeriods.Key(d));
        Assert.Equal(name, ThresholdPeriods.Name(d));
    }

    [Fact]
    public void A_month_runs_from_its_first_to_its_last_day()
    {
        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)), ThresholdPeriods.Month(new DateOnly(2026, 12, 8)));
        Assert.Equal((new DateOnly(2028, 2, 1), new DateOnly(2028, 2, 29)), ThresholdPeriods.Month(new DateOnly(2028, 2, 29)));
    }

    /// <summary>1 高于, 2 低于.</summary>
    [Theory]
    [InlineData((short)1, 6, 5, true)]
    [InlineData((short)1, 5, 5, false)]
    [InlineData((short)1, 4, 5, false)]
    [InlineData((short)2, 89.9, 90, true)]
    [InlineData((short)2, 90, 90, false)]
    [InlineData((short)2, 95, 90, false)]
    public void A_value_breaches_strictly_beyond_the_threshold(short comparison, double value, double threshold, bool breaches) =>
        Assert.Equal(breaches, ThresholdPeriods.Breaches((ThresholdComparison)comparison, (decimal)value, (decimal)threshold));

    [Fact]
    public void A_percentage_is_rounded_to_a_tenth_and_nothing_to_measure_is_no_value()
    {
        Assert.Equal(33.3m, ThresholdPeriods.Percent(1, 3));
        Assert.Equal(66.7m, ThresholdPeriods.Percent(2, 3));
        Assert.Equal(100m, ThresholdPeriods.Percent(5, 5));
        Assert.Null(ThresholdPeriods.Percent(0, 0));
    }

    [Fact]
    public void The_fact_key_names_rule_scope_and_month_so_a_new_month_is_a_new_alert()
    {
        Assert.Equal("t:12:330502:2026-12", ThresholdPeriods.FactKey(12, "330502", ThresholdPeriods.Key(new DateOnly(2026, 12, 31))));
        Assert.NotEqual(ThresholdPeriods.FactKey(12, "330502", "2026-12"), ThresholdPeriods.FactKey(12, "330502", "2027-01"));
        Assert.NotEqual(ThresholdPeriods.FactKey(12, "330502", "2026-12"), ThresholdPeriods.FactKey(12, "330503", "2026-12"));
    }

    [Fact]
    public void Values_read_with_their_unit()
    {
        Assert.Equal("7 条", ThresholdMetrics.Format(ThresholdMetric.SeriousPenalties, 7m));
        Assert.Equal("92.5%", ThresholdMetrics.Format(ThresholdMetric.Timeliness, 92.5m));
        Assert.Equal("低于 90%", ThresholdMetrics.Condition(new ThresholdRule { Metric = ThresholdMetric.Timeliness, Comparison = ThresholdComparison.Below, Threshold = 90m }));
    }
}
