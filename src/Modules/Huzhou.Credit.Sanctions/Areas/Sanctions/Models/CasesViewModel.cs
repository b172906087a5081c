using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Models;

internal sealed record CasesViewModel(
    IReadOnlyList<SanctionCase> Cases,
    IReadOnlyDictionary<MatterDomain, long> ByDomain,
    int Covered,
    int Domains,
    IReadOnlyDictionary<string, Matter> Matters,
    IReadOnlyDictionary<string, Measure> Measures);
