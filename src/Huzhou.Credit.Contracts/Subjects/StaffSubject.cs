namespace Huzhou.Credit.Contracts.Subjects;

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
