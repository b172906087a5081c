namespace Huzhou.Credit.Repair.Features;

/// <summary>A new exclusion rule: the department, the rule version (empty: every version), the penalty kind (empty: every record) and its basis.</summary>
internal sealed record AddExclusionRule(string? DepartmentCode, string? RuleVersion, string? PenaltyKind, string? Basis);
