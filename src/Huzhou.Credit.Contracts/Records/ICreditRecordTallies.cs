namespace Huzhou.Credit.Contracts.Records;

/// <summary>
/// Counts of subjects' credit records for scoring (the evaluation module's grading models), computed set-based in the
/// record store: one sequential pass over one partition of the records at a time, or an index walk for a few
/// thousand subjects. Implemented by the Subjects module.
/// </summary>
public interface ICreditRecordTallies
{
    /// <summary>How many buckets the records are kept in (the hash partitions of the records table); a bucket is the unit of a full pass.</summary>
    int BucketCount { get; }

    /// <summary>The tallies of every subject whose records live in bucket <paramref name="bucket"/> (0 ≤ bucket &lt; <see cref="BucketCount"/>).</summary>
    IAsyncEnumerable<RecordTally> TallyBucketAsync(int bucket, RecordTallyRequest request, CancellationToken cancellationToken = default);

    /// <summary>The tallies of these subjects (for incremental work; a few thousand at a time).</summary>
    IAsyncEnumerable<RecordTally> TallySubjectsAsync(IReadOnlyCollection<long> subjectIds, RecordTallyRequest request, CancellationToken cancellationToken = default);
}
