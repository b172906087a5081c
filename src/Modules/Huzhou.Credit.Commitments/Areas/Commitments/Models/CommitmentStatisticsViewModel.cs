using System.Globalization;
using Huzhou.Credit.Commitments.Features;
using Huzhou.Credit.SharedKernel.Charts;

namespace Huzhou.Credit.Commitments.Areas.Commitments.Models;

/// <summary>
/// 信用承诺统计: the tallies by type, department and source, the charts beside them (commitments signed per month over
/// the last twelve months, status by type, 践诺率 by department, by source) and the tables as the download writes them.
/// </summary>
internal sealed record CommitmentStatisticsViewModel(
    CommitmentStatistics Statistics,
    string Scope,
    IReadOnlyDictionary<string, string> Departments,
    ReportPeriod LastTwelveMonths,
    IReadOnlyList<KeyValuePair<DateOnly, double>> SignedByMonth)
{
    /// <summary>The download's header row.</summary>
    public static readonly string[] Headers = ["统计维度", "名称", "承诺", "履约中", "逾期待核查", "已践诺", "违诺", "已撤回", "践诺率"];

    /// <summary>The three tables: title, element id, rows (the total last), whether the keys are department codes.</summary>
    public IReadOnlyList<(string Title, string Id, IReadOnlyList<CommitmentTally> Rows, bool DepartmentKeys)> Tables =>
    [
        ("按承诺类型", "by-type", Statistics.ByType, false),
        ("按受理部门", "by-department", Statistics.ByDepartment, true),
        ("按来源", "by-source", Statistics.BySource, false),
    ];

    public string Name(CommitmentTally tally, bool departmentKey) => departmentKey ? Departments.GetValueOrDefault(tally.Key, tally.Key) : tally.Key;

    /// <summary>Commitments signed per month, the last twelve months.</summary>
    public ChartSpec Trend
    {
        get
        {
            var series = LastTwelveMonths.Trend("承诺数", SignedByMonth, out var months);
            return ChartSpec.Line("近12个月每月承诺数", months, series);
        }
    }

    /// <summary>Each type's commitments by status, stacked.</summary>
    public ChartSpec ByType => StatusBars("各承诺类型履约状态", Statistics.ByType, false);

    /// <summary>践诺率 of each department with verified commitments.</summary>
    public ChartSpec FulfilmentByDepartment
    {
        get
        {
            var rows = Statistics.ByDepartment.Where(t => t.FulfilmentRate is not null).OrderByDescending(t => t.FulfilmentRate).ToList();
            return ChartSpec.HorizontalBar("各部门践诺率", rows.Select(t => Name(t, true)).ToList(), new ChartSeries("践诺率", rows.Select(t => (double?)((double)t.FulfilmentRate!.Value / 100)).ToList())) with { Percent = true };
        }
    }

    public ChartSpec BySource => ChartSpec.Pie("按来源", Statistics.BySource.Select(t => new KeyValuePair<string, double>(t.Key, t.Total)));

    /// <summary>The three tables and the total, as the download writes them.</summary>
    public IEnumerable<IReadOnlyList<string?>> TableRows() =>
        Tables.SelectMany(t => t.Rows.Select(r => Row(t.Title, Name(r, t.DepartmentKeys), r)))
            .Append(Row("合计", Statistics.Total.Key, Statistics.Total));

    private static IReadOnlyList<string?> Row(string table, string name, CommitmentTally t) =>
    [
        table, name, N(t.Total), N(t.InForce), N(t.Overdue), N(t.Fulfilled), N(t.Breached), N(t.Withdrawn),
        t.FulfilmentRate is { } rate ? rate.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "",
    ];

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private ChartSpec StatusBars(string title, IReadOnlyList<CommitmentTally> rows, bool departmentKeys) => ChartSpec.Bar(
        title,
        rows.Select(t => Name(t, departmentKeys)).ToList(),
        new ChartSeries("履约中", rows.Select(t => (double?)(t.InForce - t.Overdue)).ToList()),
        new ChartSeries("逾期待核查", rows.Select(t => (double?)t.Overdue).ToList()),
        new ChartSeries("已践诺", rows.Select(t => (double?)t.Fulfilled).ToList()),
        new ChartSeries("违诺", rows.Select(t => (double?)t.Breached).ToList()),
        new ChartSeries("已撤回", rows.Select(t => (double?)t.Withdrawn).ToList())) with { Stacked = true };
}
