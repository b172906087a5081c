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

    /// <summary>
    /// <see cref="FindByCodeAsync"/> for many codes in one query (a file of list entries, say). Keyed by the code as
    /// given; codes that name no subject, or are invalid, are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, ResolvedSubject>> FindByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default);

    /// <summary>Subjects by id (for lists of entries that name them); unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<long, ResolvedSubject>> GetAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default);

    /// <summary>Subjects by id with the key a check finds them by (<see cref="SubjectLookupKey"/>); unknown ids are left out.</summary>
    Task<IReadOnlyList<SubjectLookupEntry>> GetLookupEntriesAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default);

    /// <summary>Ids of subjects after <paramref name="afterId"/> in id order (for projections rebuilt in chunks).</summary>
    Task<IReadOnlyList<long>> SubjectIdsAfterAsync(long afterId, int take, CancellationToken cancellationToken = default);

    /// <summary>Every organisation (persons never) in one of these GB/T 4754 sections, in id order, streamed (grading fields).</summary>
    IAsyncEnumerable<OrganisationProfile> StreamOrganisationProfilesAsync(IReadOnlyCollection<string> industrySections, CancellationToken cancellationToken = default);

    /// <summary>Organisations by id; persons and unknown ids are left out.</summary>
    Task<IReadOnlyList<OrganisationProfile>> GetOrganisationProfilesAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default);
}
