using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Features;

namespace Huzhou.Credit.Evaluation.Areas.Evaluation.Models;

internal sealed record FieldSummary(EvaluationField Field, ModelVersion? Version, ModelDefinition? Model, IReadOnlyList<GradeCount> Grades, bool HasDraft)
{
    public long Total => Grades.Sum(g => g.Count);
}
