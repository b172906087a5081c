using System.Text.Json;
using Huzhou.Credit.SharedKernel.Charts;

namespace Huzhou.Credit.UnitTests.Charts;

/// <summary>The ECharts option a chart is drawn from (ADR 0017): its shape, the rich-text tooltip, rates as percentages, gaps.</summary>
public sealed class ChartSpecTests
{
    private static readonly string[] Departments = ["湖州市市场监督管理局", "湖州市生态环境局", "湖州市应急管理局"];

    [Fact]
    public void A_horizontal_bar_of_rates_has_categories_on_the_y_axis_percentages_and_a_rich_text_tooltip()
    {
        var spec = ChartSpec.HorizontalBar(
            "各部门三率",
            Departments,
            new ChartSeries("合规率", [0.9876, 1, null]),
            new ChartSeries("及时率", [0.5, 0.25, 0])) with { Percent = true };

        using var json = JsonDocument.Parse(spec.ToJson());
        var root = json.RootElement;
        Assert.Equal("各部门三率", root.GetProperty("title").GetProperty("text").GetString());
        var tooltip = root.GetProperty("tooltip");
        Assert.Equal("richText", tooltip.GetProperty("renderMode").GetString());
        Assert.Equal("axis", tooltip.GetProperty("trigger").GetString());
        Assert.Equal("png", root.GetProperty("toolbox").GetProperty("feature").GetProperty("saveAsImage").GetProperty("type").GetString());
        Assert.Equal("各部门三率", root.GetProperty("toolbox").GetProperty("feature").GetProperty("saveAsImage").GetProperty("name").GetString());
        var yAxis = root.GetProperty("yAxis");
        Assert.Equal("category", yAxis.GetProperty("type").GetString());
        Assert.True(yAxis.GetProperty("inverse").GetBoolean());
        Assert.Equal(Departments, yAxis.GetProperty("data").EnumerateArray().Select(e => e.GetString()));
        var xAxis = root.GetProperty("xAxis");
        Assert.Equal("value", xAxis.GetProperty("type").GetString());
        Assert.Equal(100, xAxis.GetProperty("max").GetInt32());
        Assert.Equal("{value}%", xAxis.GetProperty("axisLabel").GetProperty("formatter").GetString());
        var series = root.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["合规率", "及时率"], series.Select(s => s.GetProperty("name").GetString()));
        Assert.All(series, s => Assert.Equal("bar", s.GetProperty("type").GetString()));
        var first = series[0].GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(98.8, first[0].GetDouble());
        Assert.Equal(100, first[1].GetDouble());
        Assert.Equal("-", first[2].GetString());
        Assert.True(root.TryGetProperty("legend", out _));
        Assert.Equal("chart-md", spec.SizeClass);
    }

    [Fact]
    public void A_line_keeps_counts_as_they_are_and_a_single_series_has_no_legend()
    {
        var spec = ChartSpec.Line("每日核销次数", ["12-01", "12-02", "12-03"], new ChartSeries("核销次数", [3, 0, 12.5]));

        using var json = JsonDocument.Parse(spec.ToJson());
        var root = json.RootElement;
        Assert.False(root.TryGetProperty("legend", out _));
        Assert.Equal("category", root.GetProperty("xAxis").GetProperty("type").GetString());
        Assert.False(root.GetProperty("yAxis").TryGetProperty("max", out _));
        var series = Assert.Single(root.GetProperty("series").EnumerateArray());
        Assert.Equal("line", series.GetProperty("type").GetString());
        Assert.Equal([3.0, 0, 12.5], series.GetProperty("data").EnumerateArray().Select(e => e.GetDouble()));
    }

    [Fact]
    public void A_pie_has_named_slices_without_the_empty_ones_and_an_item_tooltip()
    {
        var spec = ChartSpec.Pie("按类别", [new("图书借阅", 5), new("公共交通", 0), new("景区门票", 2)]);

        var text = spec.ToJson();
        Assert.Contains("图书借阅", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal("item", root.GetProperty("tooltip").GetProperty("trigger").GetString());
        Assert.False(root.TryGetProperty("xAxis", out _));
        var series = Assert.Single(root.GetProperty("series").EnumerateArray());
        Assert.Equal("pie", series.GetProperty("type").GetString());
        var slices = series.GetProperty("data").EnumerateArray().Select(e => (e.GetProperty("name").GetString(), e.GetProperty("value").GetDouble())).ToList();
        Assert.Equal([("图书借阅", 5.0), ("景区门票", 2.0)], slices);
    }

    [Fact]
    public void Stacked_bars_share_a_stack_and_many_categories_make_the_chart_taller()
    {
        var names = Enumerable.Range(1, 40).Select(i => $"部门{i}").ToList();
        var spec = ChartSpec.HorizontalBar("核查结论", names, new ChartSeries("惩戒", names.Select(_ => (double?)1).ToList()), new ChartSeries("通过", names.Select(_ => (double?)2).ToList())) with { Stacked = true };

        using var json = JsonDocument.Parse(spec.ToJson());
        Assert.All(json.RootElement.GetProperty("series").EnumerateArray(), s => Assert.Equal("total", s.GetProperty("stack").GetString()));
        Assert.Equal("chart-xl", spec.SizeClass);
    }

    [Fact]
    public void A_series_of_the_wrong_length_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ChartSpec.Bar("错", Departments, new ChartSeries("少一个", [1, 2])));
        Assert.Throws<ArgumentException>(() => new ChartSpec(ChartKind.Bar, "空", Departments, []));
    }

    [Fact]
    public void A_period_is_checked_with_chinese_messages_and_falls_back_to_the_default()
    {
        var today = new DateOnly(2026, 12, 8);
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 11, 9), today), ReportPeriod.Resolve(null, null, today));
        Assert.Contains("开始日期须早于结束日期", ReportPeriod.Resolve(new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1), today).Error, StringComparison.Ordinal);
        Assert.Contains("不能晚于今天", ReportPeriod.Resolve(null, today.AddDays(1), today).Error, StringComparison.Ordinal);
        Assert.Contains("最长 5 年", ReportPeriod.Resolve(new DateOnly(2019, 1, 1), today, today).Error, StringComparison.Ordinal);
        Assert.Contains("无法识别", ReportPeriod.Resolve(null, null, today, unreadable: true).Error, StringComparison.Ordinal);
        var refused = ReportPeriod.Resolve(new DateOnly(1800, 1, 1), today, today);
        Assert.Contains("超出范围", refused.Error, StringComparison.Ordinal);
        Assert.Equal(today, refused.To);
        Assert.Equal(30, refused.Days);
    }

    [Fact]
    public void The_presets_are_this_month_quarter_year_and_the_last_twelve_months()
    {
        var today = new DateOnly(2026, 12, 8);
        var presets = ReportPeriod.Presets(today);
        Assert.Equal(["本月", "本季度", "本年", "近12个月"], presets.Select(p => p.Name));
        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2026, 10, 1), new DateOnly(2026, 1, 1), new DateOnly(2025, 12, 9)], presets.Select(p => p.From));
        Assert.All(presets, p => Assert.Equal(today, p.To));
    }

    [Fact]
    public void A_trend_is_by_day_up_to_62_days_and_by_month_beyond()
    {
        var points = new[] { new KeyValuePair<DateOnly, double>(new DateOnly(2026, 12, 1), 2), new(new DateOnly(2026, 12, 1), 3), new(new DateOnly(2026, 11, 30), 1) };
        var days = new ReportPeriod(new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 2)).Trend("报送", points, out var dayNames);
        Assert.Equal(["11-30", "12-01", "12-02"], dayNames);
        Assert.Equal([1.0, 5, 0], days.Values.Select(v => v!.Value));

        var months = new ReportPeriod(new DateOnly(2026, 1, 15), new DateOnly(2026, 12, 8)).Trend("报送", points, out var monthNames);
        Assert.Equal(12, monthNames.Count);
        Assert.Equal("2026-01", monthNames[0]);
        Assert.Equal(1.0, months.Values[10]);
        Assert.Equal(5.0, months.Values[11]);
    }
}
