using Huzhou.Credit.Evaluation.Domain;

namespace Huzhou.Credit.Evaluation.Areas.Evaluation.Models;

internal sealed record EvaluationIndexViewModel(IReadOnlyList<FieldSummary> Fields, IReadOnlyList<EvaluationRun> Runs, long Pending, bool MayEdit);
