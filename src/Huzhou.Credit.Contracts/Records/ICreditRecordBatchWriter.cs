namespace Huzhou.Credit.Contracts.Records;

/// <summary>One open delivery. Dispose without <see cref="CompleteAsync"/> to abandon it (nothing is written).</summary>
public interface ICreditRecordBatchWriter : IAsyncDisposable
{
    /// <summary>
    /// Adds a valid row. Rows are streamed to the database; memory does not grow with the batch. When one batch
    /// carries the same (item, source key, subject) twice, the later row wins.
    /// </summary>
    ValueTask AddAsync(IncomingCreditRecord record, CancellationToken cancellationToken = default);

    /// <summary>Resolves subjects and merges the rows in one transaction; returns the counts.</summary>
    Task<RecordMergeResult> CompleteAsync(CancellationToken cancellationToken = default);
}
