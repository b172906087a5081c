namespace Huzhou.Credit.Contracts.Commitments;

/// <summary>Breached credit commitments (违诺) for the check rules. Implemented by the Commitments module.</summary>
public interface ICommitmentBreaches
{
    /// <summary>For many subjects at once, their newest breaches (at most <paramref name="perSubject"/> each), newest first; subjects without one are absent.</summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<CommitmentBreach>>> LatestBreachesAsync(IReadOnlyCollection<long> subjectIds, int perSubject, CancellationToken cancellationToken = default);
}
