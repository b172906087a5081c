namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>Counts of the five-subject registry, for overviews and dashboards.</summary>
public interface ISubjectStatistics
{
    /// <summary>The most recent nightly snapshot of subject counts by kind and district, or null before the first run.</summary>
    Task<SubjectCountSnapshot?> GetLatestSnapshotAsync(CancellationToken cancellationToken = default);
}

/// <summary>One nightly snapshot.</summary>
/// <param name="TakenAt">When the job ran (UTC).</param>
/// <param name="Rows">One row per (kind, district) with at least one subject.</param>
public sealed record SubjectCountSnapshot(DateTimeOffset TakenAt, IReadOnlyList<SubjectCountRow> Rows);

/// <summary>The number of subjects of one kind in one district.</summary>
/// <param name="Kind">The subject kind.</param>
/// <param name="DistrictCode">The district code.</param>
/// <param name="Count">How many subjects.</param>
public sealed record SubjectCountRow(Huzhou.Credit.SharedKernel.SubjectKind Kind, string DistrictCode, long Count);
