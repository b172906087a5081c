namespace Huzhou.Credit.Contracts.Lists;

/// <summary>Entries that came into force or left a list lately, for monitoring alerts. Implemented by the Lists module.</summary>
public interface IListEntryChanges
{
    /// <summary>
    /// For many subjects at once, the entries approved (or imported in force) on or after <paramref name="since"/>
    /// (<see cref="ListEntryChangeKind.Entered"/>) and those that expired or were removed on or after it
    /// (<see cref="ListEntryChangeKind.Left"/>).
    /// </summary>
    Task<IReadOnlyList<ListEntryChangeFact>> ChangesSinceAsync(IReadOnlyCollection<long> subjectIds, DateTimeOffset since, CancellationToken cancellationToken = default);
}
