using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.Subjects.Domain;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>An organisation's public registration data as the subjects API serves it.</summary>
internal sealed record OrganisationRegistration(
    long Id,
    SubjectKind Kind,
    string Name,
    string? Uscc,
    string DistrictCode,
    RegistrationStatus Status,
    string? LegalRepresentative,
    decimal? RegisteredCapital,
    DateOnly? EstablishedOn,
    string? Address,
    string? IndustryCode,
    bool UsccCheckWarning);
