namespace Huzhou.Credit.Contracts.Records;

/// <summary>
/// Writes delivered credit records into the record store (the Subjects module owns every table involved).
/// A delivery streams its valid rows into a batch writer and completes it: subjects are resolved (unknown
/// valid codes become subjects pending verification), records are inserted or updated with history, and
/// all of it commits at once or not at all.
/// </summary>
public interface ICreditRecordWriter
{
    /// <summary>Opens a writer for one collection batch.</summary>
    /// <param name="batchId">The collection batch, recorded on every record and history row.</param>
    /// <param name="providerDepartment">The code of the delivering department.</param>
    /// <param name="actor">Who delivered (an account name or <c>api-client:N</c>), for the history.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<ICreditRecordBatchWriter> BeginAsync(long batchId, string providerDepartment, string actor, CancellationToken cancellationToken = default);
}
