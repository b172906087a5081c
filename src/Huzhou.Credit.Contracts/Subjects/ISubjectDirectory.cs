namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>Reads organisations of the registry for other modules (public registration data only).</summary>
public interface ISubjectDirectory
{
    /// <summary>Active, verified organisations of the given district (or all districts when null), oldest registration first.</summary>
    Task<IReadOnlyList<OrganisationEntry>> ListOrganisationsAsync(string? districtCode, int take, CancellationToken cancellationToken = default);
}

/// <summary>An organisation's public registration facts.</summary>
/// <param name="Uscc">Unified social credit code.</param>
/// <param name="Name">Registered name.</param>
/// <param name="LegalRepresentative">Legal representative, when registered.</param>
/// <param name="DistrictCode">District.</param>
public sealed record OrganisationEntry(string Uscc, string Name, string? LegalRepresentative, string DistrictCode);
