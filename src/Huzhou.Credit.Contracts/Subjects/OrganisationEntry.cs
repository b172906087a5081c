namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>An organisation's public registration facts.</summary>
/// <param name="Uscc">Unified social credit code.</param>
/// <param name="Name">Registered name.</param>
/// <param name="LegalRepresentative">Legal representative, when registered.</param>
/// <param name="DistrictCode">District.</param>
public sealed record OrganisationEntry(string Uscc, string Name, string? LegalRepresentative, string DistrictCode);
