namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>
/// One rule: when the condition holds for a subject checked at a matter of one of the domains (none: all) and a
/// stage of <see cref="Stages"/>, the measure applies.
/// </summary>
internal sealed class Rule
{
    public long Id { get; set; }

    public int RuleSetVersion { get; set; }

    public string Name { get; set; } = "";

    public ConditionKind Condition { get; set; }

    /// <summary>List type code for <see cref="ConditionKind.OnList"/>; grades (comma-separated) for <see cref="ConditionKind.GradeIn"/>.</summary>
    public string? Parameter { get; set; }

    /// <summary>Months for the "within N months" conditions.</summary>
    public int? Months { get; set; }

    /// <summary>Minimum penalty class for <see cref="ConditionKind.BadRecordWithin"/>: 2 一般, 3 严重.</summary>
    public short? MinimumClass { get; set; }

    public SubjectScope Scope { get; set; }

    /// <summary>Matter domains (<see cref="MatterDomain"/> values); empty: every domain.</summary>
    public short[] Domains { get; set; } = [];

    public CheckStages Stages { get; set; } = CheckStages.All;

    public string MeasureCode { get; set; } = "";
}
