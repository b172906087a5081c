namespace Huzhou.Credit.Contracts.Evaluation;

/// <summary>One grade of a field's model in use.</summary>
/// <param name="Grade">Grade code (e.g. A, B, C, D).</param>
/// <param name="Name">The grade's name as the field says it (e.g. A级（诚信）).</param>
public sealed record EvaluationGradeBand(string Grade, string Name);
