using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Models;

/// <summary>A rule as the editor's form posts it.</summary>
internal sealed class RuleForm
{
    public string? Name { get; set; }

    public ConditionKind Condition { get; set; } = ConditionKind.OnList;

    public string? Parameter { get; set; }

    public int? Months { get; set; }

    public short? MinimumClass { get; set; }

    public SubjectScope Scope { get; set; }

    public List<MatterDomain> Domains { get; set; } = [];

    public List<CheckStages> Stages { get; set; } = [];

    public string? MeasureCode { get; set; }

    /// <summary>A draft's rule, to change it in the form.</summary>
    public static RuleForm From(Rule rule) => new()
    {
        Name = rule.Name,
        Condition = rule.Condition,
        Parameter = rule.Parameter,
        Months = rule.Months,
        MinimumClass = rule.MinimumClass,
        Scope = rule.Scope,
        Domains = [.. rule.Domains.Select(d => (MatterDomain)d)],
        Stages = [.. new[] { CheckStages.Acceptance, CheckStages.Handling, CheckStages.Closing }.Where(s => rule.Stages.HasFlag(s))],
        MeasureCode = rule.MeasureCode,
    };

    /// <summary>The rule as <see cref="RuleEditor.AddRuleAsync"/> takes it.</summary>
    public DraftRule ToDraftRule() => new(Name, Condition, Parameter, Months, MinimumClass, Scope, [.. Domains], [.. Stages], MeasureCode);
}
