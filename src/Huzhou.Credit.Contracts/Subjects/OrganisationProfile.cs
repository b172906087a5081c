namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>An organisation's registration facts that decide which grading fields it belongs to.</summary>
/// <param name="SubjectId">Registry id.</param>
/// <param name="Name">Registered name.</param>
/// <param name="Code">Unified social credit code.</param>
/// <param name="DistrictCode">District.</param>
/// <param name="IndustryCode">GB/T 4754 section letter, when known.</param>
/// <param name="Active">Registration status 存续 (deregistered and revoked organisations are not graded).</param>
public sealed record OrganisationProfile(long SubjectId, string Name, string Code, string DistrictCode, string? IndustryCode, bool Active);
