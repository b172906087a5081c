using Huzhou.Credit.Contracts.Evaluation;

namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>A current grade with its place among its field's bands (best first): what the risk rule needs to tell the lowest band.</summary>
/// <param name="Grade">The grade.</param>
/// <param name="BandIndex">0-based position of the grade among the field's bands, best first; -1 when the field's model no longer has it.</param>
/// <param name="BandCount">How many bands the field's model has.</param>
internal sealed record RiskGrade(EvaluationGrade Grade, int BandIndex, int BandCount);
