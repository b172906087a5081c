using System.Globalization;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.SharedKernel.Charts;

namespace Huzhou.Credit.Collection.Areas.Collection.Models;

internal sealed record ScorecardViewModel(DepartmentScorecard Card, bool IsCreditOffice, int Months)
{
    /// <summary>The month trend's download header row.</summary>
    public static readonly string[] Headers = ["月份", "批次", "接收", "退回", "合规率", "及时率", "平均报送时长（工作日）", "历史数据"];

    /// <summary>The bar width of a rate in the trend chart's 0..200 scale (SVG attributes, not inline styles: the CSP forbids those).</summary>
    public static string Bar(double rate) => Math.Round(Math.Clamp(rate, 0, 1) * 200).ToString(CultureInfo.InvariantCulture);

    /// <summary>合规率 and 及时率 per month (a gap where nothing was measured).</summary>
    public ChartSpec RateTrend => ChartSpec.Line(
        "每月合规率、及时率",
        Card.Months.Select(m => m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList(),
        new ChartSeries("合规率", Card.Months.Select(m => m.Quality.Received == 0 ? null : (double?)m.Quality.ComplianceRate).ToList()),
        new ChartSeries("及时率", Card.Months.Select(m => m.Quality.TimedRows == 0 ? null : (double?)m.Quality.TimelinessRate).ToList())) with { Percent = true };

    /// <summary>Rows received and rejected per month.</summary>
    public ChartSpec VolumeTrend => ChartSpec.Bar(
        "每月接收、退回记录数",
        Card.Months.Select(m => m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList(),
        new ChartSeries("接收", Card.Months.Select(m => (double?)m.Quality.Received).ToList()),
        new ChartSeries("退回", Card.Months.Select(m => (double?)m.Quality.Rejected).ToList()));

    /// <summary>The month trend as the download writes it.</summary>
    public IEnumerable<IReadOnlyList<string?>> TableRows() => Card.Months.Select(m => new string?[]
    {
        m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Quality.Batches.ToString(CultureInfo.InvariantCulture),
        m.Quality.Received.ToString(CultureInfo.InvariantCulture), m.Quality.Rejected.ToString(CultureInfo.InvariantCulture),
        m.Quality.Received == 0 ? "" : Percent.Of(m.Quality.ComplianceRate), m.Quality.TimedRows == 0 ? "" : Percent.Of(m.Quality.TimelinessRate),
        m.Quality.TimedRows == 0 ? "" : m.Quality.AverageDelayDays.ToString("0.0", CultureInfo.InvariantCulture), m.Quality.HistoryRows.ToString(CultureInfo.InvariantCulture),
    });
}
