using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Features;
using Huzhou.Credit.SharedKernel.Charts;

namespace Huzhou.Credit.Evaluation.Areas.Evaluation.Models;

internal sealed record FieldSummary(EvaluationField Field, ModelVersion? Version, ModelDefinition? Model, IReadOnlyList<GradeCount> Grades, bool HasDraft)
{
    public long Total => Grades.Sum(g => g.Count);

    /// <summary>The grade distribution as a bar chart (subjects per grade, best grade first).</summary>
    public ChartSpec GradeChart(string? size = null) => ChartSpec.Bar(
        Field.Name + "等级分布",
        Grades.Select(g => g.Band.Name).ToList(),
        new ChartSeries("主体数", Grades.Select(g => (double?)g.Count).ToList())) with { Size = size };
}
