namespace Huzhou.Credit.Contracts.Records;

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
