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

/// <summary>
/// The registry's lookup by code for a hot path (the check API asking about a code the credit status does not hold
/// yet): a singleton, one statement on a pooled connection, no DbContext and no scope. It answers as
/// <see cref="ISubjectDirectory.FindByCodeAsync"/> does (which uses it).
/// </summary>
public interface ISubjectCodeLookup
{
    /// <summary>The subject a credit code or resident ID number identifies (the lowest id when two do), or null; invalid input answers null.</summary>
    /// <param name="code">统一社会信用代码 or 身份证号码, as given.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<ResolvedSubject?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);
}

/// <summary>An organisation's registration facts that decide which grading fields it belongs to.</summary>
/// <param name="SubjectId">Registry id.</param>
/// <param name="Name">Registered name.</param>
/// <param name="Code">Unified social credit code.</param>
/// <param name="DistrictCode">District.</param>
/// <param name="IndustryCode">GB/T 4754 section letter, when known.</param>
/// <param name="Active">Registration status 存续 (deregistered and revoked organisations are not graded).</param>
public sealed record OrganisationProfile(long SubjectId, string Name, string Code, string DistrictCode, string? IndustryCode, bool Active);

/// <summary>A subject with its lookup key, for modules that keep a projection searchable by code.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="LookupKey">See <see cref="SubjectLookupKey"/>.</param>
public sealed record SubjectLookupEntry(ResolvedSubject Subject, byte[] LookupKey);

/// <summary>
/// The key that finds a subject from the code a caller gives, without keeping a person's ID number: an
/// organisation's credit code as ASCII (18 bytes), a person's blind index (the keyed HMAC the registry uses, 32 bytes).
/// </summary>
public static class SubjectLookupKey
{
    /// <summary>
    /// The keys a code may stand for: one, or two when an 18-character code reads both as an ID number and as a
    /// credit code (the registry holds such pairs apart; the person's is first). Empty when the code is neither.
    /// </summary>
    public static byte[][] Candidates(Huzhou.Credit.SharedKernel.Identifiers.SubjectCode code, Huzhou.Credit.SharedKernel.Security.PersonalDataProtector protector)
    {
        var index = code.BlindIndex(protector);
        return (index, code.CreditCode) switch
        {
            ({ } person, { } organisation) => [person, Organisation(organisation)],
            ({ } person, null) => [person],
            (null, { } organisation) => [Organisation(organisation)],
            _ => [],
        };
    }

    /// <summary>The key of an organisation's normalised credit code.</summary>
    public static byte[] Organisation(string uscc) => System.Text.Encoding.ASCII.GetBytes(uscc);
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
