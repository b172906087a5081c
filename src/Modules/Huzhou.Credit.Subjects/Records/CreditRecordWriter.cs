using System.Data;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel.Security;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// The record store's only writer. A delivery is one transaction; its rows travel in chunks from the caller's
/// thread (parsing, validation) to a second task that owns the connection (subjects, COPY, updates), so reading
/// the file and writing the database overlap. See docs/modules/record-store.md.
/// </summary>
internal sealed class CreditRecordWriter(NpgsqlDataSource dataSource, PersonalDataProtector protector, TimeProvider clock, ILogger<CreditRecordWriter> logger)
    : ICreditRecordWriter
{
    public async Task<ICreditRecordBatchWriter> BeginAsync(long batchId, string providerDepartment, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerDepartment);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            var store = new ChunkStore(connection, transaction, new DeliveryContext(batchId, providerDepartment, actor, clock.GetUtcNow()), logger);
            return new CreditRecordBatchWriter(connection, transaction, store, protector, logger, batchId);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
