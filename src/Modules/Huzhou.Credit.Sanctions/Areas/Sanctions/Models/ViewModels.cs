using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Models;

internal sealed record CheckLogViewModel(CheckLogQuery Query, PagedList<CheckRecord> Checks, IReadOnlyDictionary<CheckDecision, long> Totals, IReadOnlyDictionary<string, Matter> Matters)
{
    /// <summary>Why the date filter could not be applied (unreadable, out of range or reversed).</summary>
    public string? Error { get; init; }

}

internal sealed record RulesViewModel(IReadOnlyList<RuleSet> Versions, int Shown, IReadOnlyList<Rule> Rules, IReadOnlyDictionary<string, Measure> Measures, IReadOnlyList<Matter> Matters)
{
    public bool MayEdit { get; init; }

    public bool IsDraft => Versions.FirstOrDefault(v => v.Version == Shown)?.Status == RuleSetStatus.Draft;

    public string? Error { get; init; }

    /// <summary>The trial on one subject, when one was asked for.</summary>
    public (CheckDecision Decision, IReadOnlyList<CheckHit> Hits, Huzhou.Credit.Contracts.Subjects.ResolvedSubject Subject)? Trial { get; init; }

    public ReplayResult? Replay { get; init; }

    public RuleForm Form { get; init; } = new();
}

internal sealed record CasesViewModel(
    IReadOnlyList<SanctionCase> Cases,
    IReadOnlyDictionary<MatterDomain, long> ByDomain,
    int Covered,
    int Domains,
    IReadOnlyDictionary<string, Matter> Matters,
    IReadOnlyDictionary<string, Measure> Measures);

internal sealed record StatisticsViewModel(
    CheckStatistics Checks,
    IReadOnlyDictionary<MatterDomain, long> CasesByDomain,
    int Covered,
    int Domains,
    IReadOnlyDictionary<string, Matter> Matters);

/// <summary>The 措施清单 and 事项清单 page, with the forms of the credit office.</summary>
internal sealed record CatalogueViewModel(IReadOnlyList<Measure> Measures, IReadOnlyList<Matter> Matters, int MatterTotal, MatterDomain? Domain, bool MayEdit)
{
    public MeasureForm MeasureForm { get; init; } = new();

    public bool EditingMeasure { get; init; }

    public string? MeasureError { get; init; }

    public MatterForm MatterForm { get; init; } = new();

    public bool EditingMatter { get; init; }

    public string? MatterError { get; init; }
}
