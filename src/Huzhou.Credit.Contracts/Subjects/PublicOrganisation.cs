namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>An organisation's registration facts (the dossier's overview).</summary>
/// <param name="SubjectId">Registry id (for the section providers; not shown to the public).</param>
/// <param name="Uscc">Unified social credit code.</param>
/// <param name="Name">Registered name.</param>
/// <param name="KindName">Subject kind in Chinese (企业, 社会组织 ...).</param>
/// <param name="LegalRepresentative">Legal representative's name (never an ID number).</param>
/// <param name="RegisteredCapital">Registered capital in 万元.</param>
/// <param name="EstablishedOn">Establishment date.</param>
/// <param name="Address">Registered address.</param>
/// <param name="StatusName">Registration status in Chinese (存续, 注销 ...).</param>
/// <param name="DistrictCode">District code.</param>
/// <param name="IndustryName">Industry (national economy classification section, e.g. E 建筑业), when known.</param>
/// <param name="PendingVerification">Created from a delivery and not yet verified (待核实).</param>
public sealed record PublicOrganisation(
    long SubjectId,
    string Uscc,
    string Name,
    string KindName,
    string? LegalRepresentative,
    decimal? RegisteredCapital,
    DateOnly? EstablishedOn,
    string? Address,
    string StatusName,
    string DistrictCode,
    string? IndustryName,
    bool PendingVerification);
