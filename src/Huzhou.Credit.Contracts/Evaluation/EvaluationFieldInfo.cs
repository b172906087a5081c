namespace Huzhou.Credit.Contracts.Evaluation;

/// <summary>An industry field (评价领域) and the grades of its model in use.</summary>
/// <param name="Code">Field code (e.g. JZY).</param>
/// <param name="Name">Its Chinese name (e.g. 建筑业).</param>
/// <param name="Grades">The grades of the newest published model, best first; empty when the field has none.</param>
/// <param name="Retired">Whether the field is no longer graded; retired fields still name old rules.</param>
/// <param name="DepartmentCode">The department that supervises the field (its inspection lists are that department's 监管名单), or null when not known.</param>
public sealed record EvaluationFieldInfo(string Code, string Name, IReadOnlyList<EvaluationGradeBand> Grades, bool Retired, string? DepartmentCode = null);
