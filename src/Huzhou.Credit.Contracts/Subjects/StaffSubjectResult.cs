namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>The result of opening a subject.</summary>
public sealed record StaffSubjectResult(StaffSubjectOutcome Outcome, StaffSubject? Subject);
