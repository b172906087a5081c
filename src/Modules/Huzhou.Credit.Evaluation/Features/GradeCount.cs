using Huzhou.Credit.Evaluation.Domain;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>Grade distribution of a field.</summary>
internal sealed record GradeCount(GradeBand Band, long Count);
