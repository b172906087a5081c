namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>
/// Opens a subject for a staff page of another module (the staff dossier), with the registry's access rules:
/// a natural person only within the user's districts, only with a stated purpose, and every look audited; an
/// organisation for every staff member, its non-public data only within the user's districts.
/// </summary>
public interface IStaffSubjectAccess
{
    /// <summary>The purposes staff may give for looking at a natural person (查询事由).</summary>
    IReadOnlyList<string> Purposes { get; }

    /// <summary>
    /// The subject as the current staff member may see it. For a natural person the look is written to the audit
    /// log with <paramref name="look"/>'s action and detail and the purpose, before anything is returned.
    /// </summary>
    Task<StaffSubjectResult> OpenAsync(long subjectId, string? purpose, StaffLook look, CancellationToken cancellationToken = default);
}

/// <summary>What the caller is doing, for the audit entry (e.g. <c>dossier.person.view</c>, 查看自然人综合信用档案).</summary>
/// <param name="Action">Stable dotted action name.</param>
/// <param name="Module">The calling module.</param>
/// <param name="Detail">Short Chinese description without personal data.</param>
public sealed record StaffLook(string Action, string Module, string Detail);

/// <summary>The outcome of <see cref="IStaffSubjectAccess.OpenAsync"/>.</summary>
public enum StaffSubjectOutcome
{
    /// <summary>The subject may be shown; <see cref="StaffSubjectResult.Subject"/> is set.</summary>
    Allowed = 1,

    /// <summary>No such subject, or a natural person outside the user's districts (not acknowledged at all).</summary>
    NotFound = 2,

    /// <summary>A natural person: ask for a purpose first.</summary>
    PurposeRequired = 3,
}

/// <summary>The result of opening a subject.</summary>
public sealed record StaffSubjectResult(StaffSubjectOutcome Outcome, StaffSubject? Subject);

/// <summary>A subject's registration facts as a staff member may see them (ID numbers masked).</summary>
/// <param name="SubjectId">Registry id.</param>
/// <param name="IsPerson">A natural person.</param>
/// <param name="Name">Name.</param>
/// <param name="Uscc">Unified social credit code (organisations).</param>
/// <param name="MaskedIdNumber">Masked resident ID number (persons), e.g. 330502********1234.</param>
/// <param name="KindName">Subject kind in Chinese.</param>
/// <param name="LegalRepresentative">Legal representative (organisations).</param>
/// <param name="RegisteredCapital">Registered capital in 万元.</param>
/// <param name="EstablishedOn">Establishment date.</param>
/// <param name="Address">Registered address.</param>
/// <param name="StatusName">Registration status in Chinese.</param>
/// <param name="DistrictCode">District code.</param>
/// <param name="IndustryName">Industry section (e.g. E 建筑业), when known.</param>
/// <param name="PendingVerification">Created from a delivery and not yet verified.</param>
/// <param name="InUserDistrict">Within the user's districts: non-public data may be shown.</param>
public sealed record StaffSubject(
    long SubjectId,
    bool IsPerson,
    string Name,
    string? Uscc,
    string? MaskedIdNumber,
    string KindName,
    string? LegalRepresentative,
    decimal? RegisteredCapital,
    DateOnly? EstablishedOn,
    string? Address,
    string StatusName,
    string DistrictCode,
    string? IndustryName,
    bool PendingVerification,
    bool InUserDistrict);
