namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>Counts of the five-subject registry, for overviews and dashboards.</summary>
public interface ISubjectStatistics
{
    /// <summary>The most recent nightly snapshot of subject counts by kind and district, or null before the first run.</summary>
    Task<SubjectCountSnapshot?> GetLatestSnapshotAsync(CancellationToken cancellationToken = default);
}
