namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>An organisation's legal representative's name and the other organisations of its district registered with it.</summary>
/// <param name="RepresentativeName">The legal representative's name as registered.</param>
/// <param name="DistrictCode">The district searched (the organisation's).</param>
/// <param name="Total">How many other organisations share the name (capped at 1,000).</param>
/// <param name="Organisations">The first of them, by name.</param>
public sealed record SameRepresentativeGroup(string RepresentativeName, string DistrictCode, int Total, IReadOnlyList<RelatedOrganisation> Organisations);
