using Huzhou.Credit.Evaluation.Domain;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>A field with the model version in use.</summary>
internal sealed record ActiveModel(EvaluationField Field, ModelVersion Version, ModelDefinition Definition);
