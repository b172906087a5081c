using System.Globalization;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.SharedKernel.Charts;

namespace Huzhou.Credit.Collection.Areas.Collection.Models;

/// <summary>
/// Rows: The departments ranked, best first. OverdueCount: Providers of the visible departments overdue today (逾期未报送).
/// Period and Volume (rows per day) feed the period picker and the charts; <see cref="Headers"/> and <see cref="TableRows"/>
/// are the table as the XLSX/CSV download writes it.
/// </summary>
internal sealed record StatisticsViewModel(DateOnly From, DateOnly To, IReadOnlyList<DepartmentQuality> Rows, IReadOnlyDictionary<string, string> DepartmentNames, int TimelinessWorkingDays, int OverdueCount)
{
    /// <summary>The download's header row.</summary>
    public static readonly string[] Headers =
        ["排名", "部门", "部门代码", "批次", "接收", "退回", "应报目录项", "已报目录项", "上报率", "合规率", "及时率", "平均报送时长（工作日）", "历史数据"];

    public ReportPeriod Period { get; init; } = new(From, To);

    public DateOnly Today { get; init; } = To;

    public IReadOnlyList<DailyVolume> Volume { get; init; } = [];

    /// <summary>The three rates of each department, in the ranking's order.</summary>
    public ChartSpec Rates => ChartSpec.HorizontalBar(
        "各部门上报率、合规率、及时率",
        Rows.Select(Name).ToList(),
        new ChartSeries("上报率", Rows.Select(q => (double?)q.ReportingRate).ToList()),
        new ChartSeries("合规率", Rows.Select(q => q.Received == 0 ? null : (double?)q.ComplianceRate).ToList()),
        new ChartSeries("及时率", Rows.Select(q => q.TimedRows == 0 ? null : (double?)q.TimelinessRate).ToList())) with { Percent = true };

    /// <summary>Rows received and rejected per day (per month for a period longer than 62 days).</summary>
    public ChartSpec Trend
    {
        get
        {
            var received = Period.Trend("接收", Volume.Select(v => new KeyValuePair<DateOnly, double>(v.Day, v.Received)), out var categories);
            var rejected = Period.Trend("退回", Volume.Select(v => new KeyValuePair<DateOnly, double>(v.Day, v.Rejected)), out _);
            return ChartSpec.Line(Period.Days <= 62 ? "每日报送记录数" : "每月报送记录数", categories, received, rejected);
        }
    }

    /// <summary>The table as the download writes it: rates as percentages with one decimal, empty where nothing was measured.</summary>
    public IEnumerable<IReadOnlyList<string?>> TableRows() => Rows.Select((q, i) => new string?[]
    {
        (i + 1).ToString(CultureInfo.InvariantCulture), Name(q), q.DepartmentCode, q.Batches.ToString(CultureInfo.InvariantCulture),
        q.Received.ToString(CultureInfo.InvariantCulture), q.Rejected.ToString(CultureInfo.InvariantCulture),
        q.ItemsExpected.ToString(CultureInfo.InvariantCulture), q.ItemsReported.ToString(CultureInfo.InvariantCulture), Percent.Of(q.ReportingRate),
        q.Received == 0 ? "" : Percent.Of(q.ComplianceRate), q.TimedRows == 0 ? "" : Percent.Of(q.TimelinessRate),
        q.TimedRows == 0 ? "" : q.AverageDelayDays.ToString("0.0", CultureInfo.InvariantCulture), q.HistoryRows.ToString(CultureInfo.InvariantCulture),
    });

    private string Name(DepartmentQuality q) => DepartmentNames.GetValueOrDefault(q.DepartmentCode, q.DepartmentCode);
}
