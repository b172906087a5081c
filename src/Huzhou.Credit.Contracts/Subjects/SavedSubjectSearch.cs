namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>
/// A staff registry search kept as a watch (保存的主体检索): the name fragment typed in the staff subject search,
/// optionally limited to a district. Organisations only: persons are listed by the staff search only with a stated
/// purpose, which a standing watch does not have.
/// </summary>
/// <param name="NameFragment">The name fragment (at least two characters), matched as the staff search matches it.</param>
/// <param name="DistrictCode">Only subjects registered in this district, or null for any.</param>
public sealed record SavedSubjectSearch(string NameFragment, string? DistrictCode);
