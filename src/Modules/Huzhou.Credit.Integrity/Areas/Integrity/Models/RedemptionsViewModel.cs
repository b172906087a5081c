using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Features;
using Huzhou.Credit.SharedKernel.Charts;

namespace Huzhou.Credit.Integrity.Areas.Integrity.Models;

/// <summary>守信激励核销统计: the report of the period, its period picker and its charts (trend, by category, by scenario).</summary>
internal sealed class RedemptionsViewModel(RedemptionReport report, ReportPeriod period, DateOnly today)
{
    public RedemptionReport Report { get; } = report;

    public ReportPeriod Period { get; } = period;

    public DateOnly Today { get; } = today;

    /// <summary>Redemptions per day (or month for a long period), this city's and partner cities' codes together.</summary>
    public ChartSpec Trend
    {
        get
        {
            var series = Period.Trend("核销次数", Report.ByDay.Select(d => new KeyValuePair<DateOnly, double>(d.Day, d.Count)), out var categories);
            return ChartSpec.Line(Period.Days <= 62 ? "每日核销次数" : "每月核销次数", categories, series);
        }
    }

    public ChartSpec ByCategory => ChartSpec.Pie("按类别", Report.ByCategory.Select(c => new KeyValuePair<string, double>(c.Category, c.Count)));

    public ChartSpec ByLevel => ChartSpec.Pie("按诚信等级", Report.ByLevel.Select(l => new KeyValuePair<string, double>(IntegrityLevels.Name(l.Level), l.Count)));

    /// <summary>The twenty scenarios redeemed most, this city's and partner cities' codes stacked.</summary>
    public ChartSpec ByScenario
    {
        get
        {
            var top = Report.ByScenario.Where(s => s.Local + s.Partner > 0).OrderByDescending(s => s.Local + s.Partner).Take(20).ToList();
            return ChartSpec.HorizontalBar(
                "核销最多的场景（前 20）",
                top.Select(s => s.Scenario.Name).ToList(),
                new ChartSeries("本市诚信码", top.Select(s => (double?)s.Local).ToList()),
                new ChartSeries("互认城市诚信码", top.Select(s => (double?)s.Partner).ToList())) with { Stacked = true };
        }
    }
}
