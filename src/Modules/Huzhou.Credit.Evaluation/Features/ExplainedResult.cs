using Huzhou.Credit.Evaluation.Domain;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>A result's explanation with the latest grade changes of the subject in the field.</summary>
internal sealed record ExplainedResult(Explanation Explanation, IReadOnlyList<GradeChange> History);
