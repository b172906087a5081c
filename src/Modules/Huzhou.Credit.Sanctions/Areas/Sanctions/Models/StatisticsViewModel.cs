using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Models;

internal sealed record StatisticsViewModel(
    CheckStatistics Checks,
    IReadOnlyDictionary<MatterDomain, long> CasesByDomain,
    int Covered,
    int Domains,
    IReadOnlyDictionary<string, Matter> Matters)
{
    /// <summary>The callers that are test clients (测试客户端), whether or not this page counts them.</summary>
    public IReadOnlySet<string> TestCallers { get; init; } = new HashSet<string>();
}
