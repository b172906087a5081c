namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>One registration status change.</summary>
/// <param name="SubjectId">The subject.</param>
/// <param name="ChangeId">The change history row's id (stable: the fact an alert names).</param>
/// <param name="NewStatus">The status as the registry names it (注销, 吊销).</param>
/// <param name="At">When it was recorded.</param>
public sealed record SubjectStatusChange(long SubjectId, long ChangeId, string NewStatus, DateTimeOffset At);
