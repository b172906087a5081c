namespace Huzhou.Credit.Contracts.Commitments;

/// <summary>One commitment found breached (违诺), as <see cref="CommitmentsBreached"/> carries it: ids and the matter's words, no personal data.</summary>
/// <param name="CommitmentId">The commitment's id in the Commitments module (the alert's fact key).</param>
/// <param name="SubjectId">The subject that made the commitment.</param>
/// <param name="Number">承诺书编号.</param>
/// <param name="Matter">The matter it was made for (承诺事项).</param>
/// <param name="DepartmentName">The department that found the breach (认定部门).</param>
/// <param name="FoundOn">The day the breach was found (认定日期).</param>
public sealed record BreachedCommitment(long CommitmentId, long SubjectId, string Number, string Matter, string DepartmentName, DateOnly FoundOn);
