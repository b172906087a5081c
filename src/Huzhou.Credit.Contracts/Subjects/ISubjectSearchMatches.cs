namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>
/// Which of some subjects a set of saved registry searches (<see cref="SavedSubjectSearch"/>) find today, evaluated in one
/// statement over the given subjects only (their primary keys), so a monitoring handler can match the subjects of an
/// event against every saved search at once. Implemented by the Subjects module.
/// </summary>
public interface ISubjectSearchMatches
{
    /// <summary>For each of <paramref name="subjectIds"/> that at least one search finds: the positions (in <paramref name="searches"/>) of the searches that find it.</summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<int>>> MatchAsync(IReadOnlyCollection<long> subjectIds, IReadOnlyList<SavedSubjectSearch> searches, CancellationToken cancellationToken = default);
}
