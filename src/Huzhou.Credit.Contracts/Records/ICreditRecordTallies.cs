using Huzhou.Credit.Contracts.Catalogue;

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

/// <summary>What to count.</summary>
/// <param name="AsOf">The day ages are measured from.</param>
/// <param name="Years">Records decided more than this many years before <paramref name="AsOf"/> are left out (ages 0 .. Years-1).</param>
/// <param name="DetailFields">
/// Items whose records are counted apart by the value of one payload field (item code → 0-based position of the field
/// in the item's field list, e.g. 信用承诺 by 履约状态); other items have no detail.
/// </param>
/// <param name="LatestPayloadItems">Items whose newest record's payload is returned whatever its age (e.g. the provincial evaluation).</param>
/// <param name="Items">The items to count (records of other items are skipped); at most 200.</param>
public sealed record RecordTallyRequest(
    DateOnly AsOf,
    int Years,
    IReadOnlyDictionary<string, int> DetailFields,
    IReadOnlyCollection<string> LatestPayloadItems,
    IReadOnlyList<string> Items);

/// <summary>
/// How many records of one subject share item, penalty class, state, age and detail. Revoked records are never
/// counted. Records older than the request's years appear only for its latest-payload items, with age -1.
/// </summary>
/// <param name="SubjectId">Subject.</param>
/// <param name="ItemCode">Catalogue item.</param>
/// <param name="PenaltyClass">The penalty class, null when the item has none.</param>
/// <param name="Repaired">True for repaired records (信用修复 completed), false for records that still count.</param>
/// <param name="AgeYears">Whole years between the decision date and the request's day (0 = within the last year), -1 when older than asked.</param>
/// <param name="Detail">The detail field's value (as delivered, e.g. the enum code), or null.</param>
/// <param name="Count">Number of records.</param>
/// <param name="LatestPayload">For latest-payload items: the newest record's decision date (yyyy-MM-dd) and payload of this group, as "date|payload"; else null.</param>
public sealed record RecordTally(
    long SubjectId,
    string ItemCode,
    PenaltyClass? PenaltyClass,
    bool Repaired,
    short AgeYears,
    string? Detail,
    int Count,
    string? LatestPayload);
