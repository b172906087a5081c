namespace Huzhou.Credit.Contracts.Evaluation;

/// <summary>A subject's grade in one industry field.</summary>
/// <param name="FieldCode">Industry field (e.g. JZY 建筑业).</param>
/// <param name="FieldName">Its Chinese name.</param>
/// <param name="Grade">Grade code of the model's bands (e.g. A, B, C, D).</param>
/// <param name="GradeName">The grade's name as the field says it (e.g. A级（诚信）).</param>
/// <param name="Score">Score on the model's scale.</param>
/// <param name="ModelVersion">The model version that computed it.</param>
/// <param name="EvaluatedAt">When it was computed.</param>
public sealed record EvaluationGrade(string FieldCode, string FieldName, string Grade, string GradeName, decimal Score, int ModelVersion, DateTimeOffset EvaluatedAt);
