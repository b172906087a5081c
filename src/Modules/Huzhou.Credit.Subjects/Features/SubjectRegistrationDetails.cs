using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.Subjects.Domain;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// A subject as <see cref="SubjectRegistration"/> creates or edits it: the id is null for a new subject; on an edit the
/// registration takes whether it is a person from the registry, whatever was posted. A null confirmed kind means "as the
/// code's prefix says".
/// </summary>
internal sealed record SubjectRegistrationDetails(
    long? Id,
    bool IsPerson,
    string? Name,
    string? Uscc,
    SubjectKind? ConfirmedKind,
    bool AcceptCheckWarning,
    string? WarningReason,
    string? LegalRepresentative,
    decimal? RegisteredCapital,
    DateOnly? EstablishedOn,
    string? Address,
    string? IndustryCode,
    string? IdNumber,
    string? DistrictCode,
    RegistrationStatus Status,
    string? ChangeReason);
