using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Models;

internal sealed record StatisticsViewModel(
    CheckStatistics Checks,
    IReadOnlyDictionary<MatterDomain, long> CasesByDomain,
    int Covered,
    int Domains,
    IReadOnlyDictionary<string, Matter> Matters);
