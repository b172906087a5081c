namespace Huzhou.Credit.Contracts.Commitments;

/// <summary>Breached credit commitments (违诺) for the check rules. Implemented by the Commitments module.</summary>
public interface ICommitmentBreaches
{
    /// <summary>For many subjects at once, their newest breaches (at most <paramref name="perSubject"/> each), newest first; subjects without one are absent.</summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<CommitmentBreach>>> LatestBreachesAsync(IReadOnlyCollection<long> subjectIds, int perSubject, CancellationToken cancellationToken = default);
}

/// <summary>A breached commitment as a check explains it.</summary>
/// <param name="Number">承诺书编号.</param>
/// <param name="Matter">The matter it was made for.</param>
/// <param name="TypeName">审批替代型 ...</param>
/// <param name="FoundOn">The day the department found the breach.</param>
/// <param name="DepartmentName">The department that found it.</param>
public sealed record CommitmentBreach(string Number, string Matter, string TypeName, DateOnly FoundOn, string DepartmentName);
