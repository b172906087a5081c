using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Evaluation.Areas.Evaluation.Models;

internal sealed record FieldViewModel(
    FieldSummary Summary,
    PagedList<EvaluationResult> Results,
    string? Grade,
    string? District,
    string? Q,
    IReadOnlyList<(string Code, string Name)> Districts,
    IReadOnlyList<ModelVersion> Versions,
    bool MayEdit)
{
}
