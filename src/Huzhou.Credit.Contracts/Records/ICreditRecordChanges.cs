namespace Huzhou.Credit.Contracts.Records;

/// <summary>
/// What happened to subjects' bad records lately, for modules that tell someone about it (monitoring alerts, the
/// organisation's own notices). Implemented by the Subjects module.
/// </summary>
public interface ICreditRecordChanges
{
    /// <summary>
    /// For many subjects at once, the records of items of nature 失信 that were written on or after
    /// <paramref name="since"/> (<see cref="RecordChangeKind.NewBadRecord"/>) and those whose publicity ended on or after
    /// it (<see cref="RecordChangeKind.PublicityEnded"/>). Repaired and revoked records are left out of the first kind.
    /// </summary>
    Task<IReadOnlyList<RecordChangeFact>> ChangesSinceAsync(IReadOnlyCollection<long> subjectIds, DateTimeOffset since, CancellationToken cancellationToken = default);
}
