using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Contracts.Records;

/// <summary>
/// Reads the records of one catalogue item for modules that keep a workflow on top of them (commitments and their
/// fulfilment), and amends single fields of a record when that workflow decides (履约状态 → 已践诺), with history.
/// Implemented by the Subjects module.
/// </summary>
public interface ICreditRecordAmendments
{
    /// <summary>The records of <paramref name="itemCode"/> held by these subjects, whatever their status, with their raw values by field label.</summary>
    Task<IReadOnlyList<ItemRecord>> ListAsync(IReadOnlyCollection<long> subjectIds, string itemCode, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the named fields (by label, values as delivered: enum codes, yyyy-MM-dd dates) of the record (item, source key)
    /// of the subject; a history row keeps the old payload, names the actor and the reason, and
    /// <see cref="CreditRecordsChanged"/> is written in the same transaction. Unchanged values change nothing.
    /// Refused when the record does not exist or a label is not a field of the record's item version.
    /// </summary>
    Task<Result> AmendAsync(long subjectId, string itemCode, string sourceKey, IReadOnlyDictionary<string, string?> changes, string actor, string reason, CancellationToken cancellationToken = default);
}
