using Huzhou.Credit.Commitments.Domain;

namespace Huzhou.Credit.Commitments.Features;

/// <summary>What a department enters, or what online signing fills in from a template.</summary>
internal sealed record CommitmentInput(
    string? SubjectCode,
    string? SubjectName,
    CommitmentType? Type,
    string? Matter,
    string? Content,
    DateOnly? SignedOn,
    DateOnly? DueOn,
    string? DepartmentCode,
    bool IsPublic = true);
