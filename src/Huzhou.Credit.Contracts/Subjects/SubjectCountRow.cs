namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>The number of subjects of one kind in one district.</summary>
/// <param name="Kind">The subject kind.</param>
/// <param name="DistrictCode">The district code.</param>
/// <param name="Count">How many subjects.</param>
public sealed record SubjectCountRow(Huzhou.Credit.SharedKernel.SubjectKind Kind, string DistrictCode, long Count);
