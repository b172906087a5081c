using Huzhou.Credit.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>Why a subject has its score: every indicator's fact, rule and points; they add up to the score.</summary>
internal sealed record Explanation(
    EvaluationField Field,
    EvaluationResult Result,
    ModelVersion Version,
    GradeBand Band,
    IReadOnlyList<ExplanationLine> Lines,
    decimal Scale)
{
    public decimal Total => Lines.Sum(l => l.Points) + Result.Adjustment;
}
