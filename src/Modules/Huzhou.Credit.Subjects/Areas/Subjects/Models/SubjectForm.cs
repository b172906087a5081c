using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Features;

namespace Huzhou.Credit.Subjects.Areas.Subjects.Models;

/// <summary>The create/edit form of a subject. Identifiers are checked by the registration service, which knows the rules' warnings.</summary>
internal sealed class SubjectForm
{
    public long? Id { get; set; }

    public bool IsPerson { get; set; }

    public string? Name { get; set; }

    public string? Uscc { get; set; }

    /// <summary>The kind a clerk confirmed; null means "as the code's prefix says".</summary>
    public SubjectKind? ConfirmedKind { get; set; }

    public bool AcceptCheckWarning { get; set; }

    public string? WarningReason { get; set; }

    public string? LegalRepresentative { get; set; }

    public decimal? RegisteredCapital { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    public string? Address { get; set; }

    public string? IndustryCode { get; set; }

    public string? IdNumber { get; set; }

    public string? DistrictCode { get; set; }

    public RegistrationStatus Status { get; set; } = RegistrationStatus.Active;

    public string? ChangeReason { get; set; }

    /// <summary>The subject as <see cref="SubjectRegistration"/> takes it.</summary>
    public SubjectRegistrationDetails ToDetails() =>
        new(Id, IsPerson, Name, Uscc, ConfirmedKind, AcceptCheckWarning, WarningReason, LegalRepresentative, RegisteredCapital, EstablishedOn,
            Address, IndustryCode, IdNumber, DistrictCode, Status, ChangeReason);
}
