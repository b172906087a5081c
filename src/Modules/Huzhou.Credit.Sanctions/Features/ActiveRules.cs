using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>The rules of one published version and the measures they name, held in memory.</summary>
internal sealed record ActiveRules(int Version, IReadOnlyList<Rule> Rules, IReadOnlyDictionary<string, Measure> Measures, IReadOnlyDictionary<string, Matter> Matters)
{
    /// <summary>The longest "within N months" window any rule has (how far back bad records are read).</summary>
    public int LongestMonths { get; } = Rules.Where(r => r.Condition == ConditionKind.BadRecordWithin).Select(r => r.Months ?? 0).DefaultIfEmpty(0).Max();
}
