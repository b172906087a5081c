using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Models;

internal sealed record CasesViewModel(
    IReadOnlyList<SanctionCase> Cases,
    IReadOnlyDictionary<MatterDomain, long> ByDomain,
    int Covered,
    int Domains,
    IReadOnlyDictionary<string, Matter> Matters,
    IReadOnlyDictionary<string, Measure> Measures)
{
    /// <summary>The callers that are test clients (测试客户端): their cases are listed, marked, and not counted in the coverage.</summary>
    public IReadOnlySet<string> TestCallers { get; init; } = new HashSet<string>();
}
