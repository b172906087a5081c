namespace Huzhou.Credit.Contracts.Evaluation;

/// <summary>One grade change of one subject in one field.</summary>
/// <param name="SubjectId">The subject.</param>
/// <param name="ChangeId">The change's id (stable: the fact an alert names).</param>
/// <param name="FieldCode">Industry field code.</param>
/// <param name="FieldName">Its Chinese name.</param>
/// <param name="OldGrade">The grade before; null when first graded.</param>
/// <param name="NewGrade">The grade after; null when the subject left the field.</param>
/// <param name="At">When the run recorded it.</param>
public sealed record GradeChangeFact(long SubjectId, long ChangeId, string FieldCode, string FieldName, string? OldGrade, string? NewGrade, DateTimeOffset At);
