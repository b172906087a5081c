namespace Huzhou.Credit.Contracts.Evaluation;

/// <summary>How many subjects of one district hold one grade of a field.</summary>
/// <param name="DistrictCode">The subjects' district as registered when scored.</param>
/// <param name="Grade">Grade code (e.g. D).</param>
/// <param name="Count">Subjects.</param>
public sealed record GradeDistrictCount(string DistrictCode, string Grade, long Count);
