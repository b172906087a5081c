namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>Reads organisations of the registry for other modules (public registration data only).</summary>
public interface ISubjectDirectory
{
    /// <summary>Active, verified organisations of the given district (or all districts when null), oldest registration first.</summary>
    Task<IReadOnlyList<OrganisationEntry>> ListOrganisationsAsync(string? districtCode, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// The subject a credit code or resident ID number identifies (ID numbers through the blind index), or null
    /// when the registry has none. Invalid input answers null too; callers validate and explain first.
    /// </summary>
    Task<ResolvedSubject?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Subjects by id (for lists of entries that name them); unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<long, ResolvedSubject>> GetAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default);
}

/// <summary>A subject as other modules refer to it.</summary>
/// <param name="SubjectId">Registry id.</param>
/// <param name="IsPerson">A natural person.</param>
/// <param name="Name">Name.</param>
/// <param name="DisplayCode">The credit code, or for a person the masked ID number (330502********1234).</param>
/// <param name="DistrictCode">District.</param>
/// <param name="PendingVerification">Created from a delivery and not yet verified.</param>
public sealed record ResolvedSubject(long SubjectId, bool IsPerson, string Name, string DisplayCode, string DistrictCode, bool PendingVerification);

/// <summary>An organisation's public registration facts.</summary>
/// <param name="Uscc">Unified social credit code.</param>
/// <param name="Name">Registered name.</param>
/// <param name="LegalRepresentative">Legal representative, when registered.</param>
/// <param name="DistrictCode">District.</param>
public sealed record OrganisationEntry(string Uscc, string Name, string? LegalRepresentative, string DistrictCode);
