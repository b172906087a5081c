namespace Huzhou.Credit.Contracts.Subjects;

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
