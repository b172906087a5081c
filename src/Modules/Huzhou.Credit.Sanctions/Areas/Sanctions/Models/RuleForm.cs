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

    /// <summary>The rule as <see cref="RuleEditor.AddRuleAsync"/> takes it.</summary>
    public DraftRule ToDraftRule() => new(Name, Condition, Parameter, Months, MinimumClass, Scope, [.. Domains], [.. Stages], MeasureCode);
}
