using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>A rule to add to a draft rule set, as <see cref="RuleEditor.AddRuleAsync"/> takes it.</summary>
internal sealed record DraftRule(
    string? Name,
    ConditionKind Condition,
    string? Parameter,
    int? Months,
    short? MinimumClass,
    SubjectScope Scope,
    IReadOnlyList<MatterDomain> Domains,
    IReadOnlyList<CheckStages> Stages,
    string? MeasureCode);
