namespace Huzhou.Credit.Contracts.Commitments;

/// <summary>A breached commitment as a check explains it.</summary>
/// <param name="Number">承诺书编号.</param>
/// <param name="Matter">The matter it was made for.</param>
/// <param name="TypeName">审批替代型 ...</param>
/// <param name="FoundOn">The day the department found the breach.</param>
/// <param name="DepartmentName">The department that found it.</param>
public sealed record CommitmentBreach(string Number, string Matter, string TypeName, DateOnly FoundOn, string DepartmentName);
