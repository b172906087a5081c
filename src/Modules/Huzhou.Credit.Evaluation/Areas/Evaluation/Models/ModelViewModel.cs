using Huzhou.Credit.Evaluation.Domain;

namespace Huzhou.Credit.Evaluation.Areas.Evaluation.Models;

internal sealed record ModelViewModel(EvaluationField Field, ModelVersion Version, ModelForm Form, IReadOnlyList<ModelVersion> Versions, bool MayEdit, string? Error);
