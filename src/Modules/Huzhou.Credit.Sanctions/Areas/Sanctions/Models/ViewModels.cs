using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Models;

internal sealed record CheckLogViewModel(CheckLogQuery Query, PagedList<CheckRecord> Checks, IReadOnlyDictionary<CheckDecision, long> Totals, IReadOnlyDictionary<string, Matter> Matters)
{
    public string PageUrl(int page) =>
        $"/sanctions/checks?caller={Uri.EscapeDataString(Query.Caller ?? "")}&matter={Uri.EscapeDataString(Query.Matter ?? "")}&decision={Query.Decision}&code={Uri.EscapeDataString(Query.Code ?? "")}"
        + $"&from={Query.From:yyyy-MM-dd}&to={Query.To:yyyy-MM-dd}&page={page}";
}

internal sealed record RulesViewModel(IReadOnlyList<RuleSet> Versions, int Shown, IReadOnlyList<Rule> Rules, IReadOnlyDictionary<string, Measure> Measures, IReadOnlyList<Matter> Matters);

internal sealed record CasesViewModel(
    IReadOnlyList<SanctionCase> Cases,
    IReadOnlyDictionary<MatterDomain, long> ByDomain,
    int Covered,
    int Domains,
    IReadOnlyDictionary<string, Matter> Matters,
    IReadOnlyDictionary<string, Measure> Measures);
