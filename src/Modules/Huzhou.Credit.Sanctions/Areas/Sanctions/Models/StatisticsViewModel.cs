using System.Globalization;
using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;
using Huzhou.Credit.SharedKernel.Charts;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Models;

/// <summary>
/// 联合奖惩统计: checks by system and by matter with their decisions, cases by domain, the charts beside the tables
/// and the tables as the XLSX/CSV download writes them (<see cref="Headers"/>, <see cref="TableRows"/>).
/// </summary>
internal sealed record StatisticsViewModel(
    CheckStatistics Checks,
    IReadOnlyDictionary<MatterDomain, long> CasesByDomain,
    int Covered,
    int Domains,
    IReadOnlyDictionary<string, Matter> Matters)
{
    /// <summary>The decisions in the order the tables and charts show them.</summary>
    public static readonly CheckDecision[] Decisions = [CheckDecision.Block, CheckDecision.Warn, CheckDecision.Favour, CheckDecision.Pass, CheckDecision.NotFound];

    /// <summary>The download's header row: the table (按业务系统 or 按事项), the row's name and code, then the counts.</summary>
    public static IReadOnlyList<string> Headers { get; } =
        ["统计维度", "名称", "代码", "合计", .. Decisions.Select(CheckDecisions.DisplayName), "惩戒命中率", "测试客户端"];

    /// <summary>The callers that are test clients (测试客户端), whether or not this page counts them.</summary>
    public IReadOnlySet<string> TestCallers { get; init; } = new HashSet<string>();

    /// <summary>Checks per business system, split by decision.</summary>
    public ChartSpec BySystem => DecisionBars("各业务系统核查结论", Checks.BySystem);

    /// <summary>Checks per matter (the 30 most checked), split by decision.</summary>
    public ChartSpec ByMatter => DecisionBars("各事项核查结论（前 30）", Checks.ByMatter);

    /// <summary>All checks of the period by decision.</summary>
    public ChartSpec ByDecision => ChartSpec.Pie(
        "核查结论构成",
        Decisions.Select(d => new KeyValuePair<string, double>(CheckDecisions.DisplayName(d), Checks.BySystem.Sum(r => r.ByDecision.GetValueOrDefault(d)))));

    /// <summary>Cases (联合奖惩案例) by domain.</summary>
    public ChartSpec CasesChart => ChartSpec.Pie(
        "案例按领域",
        Enum.GetValues<MatterDomain>().Select(d => new KeyValuePair<string, double>(SanctionNames.Domain(d), CasesByDomain.GetValueOrDefault(d))));

    /// <summary>The name a row shows: the matter's name for a matter code, the caller otherwise.</summary>
    public string Name(StatisticsRow row) => Matters.TryGetValue(row.Key, out var matter) ? matter.Name : row.Key;

    /// <summary>Both tables as the download writes them.</summary>
    public IEnumerable<IReadOnlyList<string?>> TableRows() =>
        Checks.BySystem.Select(r => Row("按业务系统", r)).Concat(Checks.ByMatter.Select(r => Row("按事项", r)));

    private IReadOnlyList<string?> Row(string table, StatisticsRow r) =>
    [
        table, Name(r), r.Key, r.Total.ToString(CultureInfo.InvariantCulture),
        .. Decisions.Select(d => r.ByDecision.GetValueOrDefault(d).ToString(CultureInfo.InvariantCulture)),
        r.Total == 0 ? "" : (100.0 * r.Punished / r.Total).ToString("0.0", CultureInfo.InvariantCulture) + "%",
        r.IsTestClient ? "是" : "",
    ];

    private ChartSpec DecisionBars(string title, IReadOnlyList<StatisticsRow> rows) => ChartSpec.HorizontalBar(
        title,
        rows.Select(Name).ToList(),
        [.. Decisions.Select(d => new ChartSeries(CheckDecisions.DisplayName(d), rows.Select(r => (double?)r.ByDecision.GetValueOrDefault(d)).ToList()))]) with { Stacked = true };
}
