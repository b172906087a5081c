using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel.Security;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// One open delivery. <see cref="AddAsync"/> stages rows into a chunk; a full chunk goes through a channel of
/// capacity one to the consumer task, which writes it while the next chunk fills. Memory: at most three chunks.
/// </summary>
internal sealed class CreditRecordBatchWriter : ICreditRecordBatchWriter
{
    /// <summary>Rows per chunk: large enough that per-statement costs vanish, small enough to keep memory flat.</summary>
    public const int ChunkSize = 8_192;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly ChunkStore _store;
    private readonly PersonalDataProtector _protector;
    private readonly ILogger _logger;
    private readonly long _batchId;
    private readonly Channel<List<StagedRecord>> _chunks =
        Channel.CreateBounded<List<StagedRecord>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource _abandon = new();
    private readonly Task _consumer;
    private readonly byte[] _hashScratch = new byte[SHA256.HashSizeInBytes];
    private readonly long _started = Stopwatch.GetTimestamp();
    private List<StagedRecord> _current = new(ChunkSize);
    private long _rows;
    private long _producerWaitTicks;
    private bool _completed;
    private bool _closed;
    private bool _disposed;

    public CreditRecordBatchWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, ChunkStore store, PersonalDataProtector protector, ILogger logger, long batchId)
    {
        _connection = connection;
        _transaction = transaction;
        _store = store;
        _protector = protector;
        _logger = logger;
        _batchId = batchId;
        _consumer = Task.Run(ConsumeAsync);
    }

    public async ValueTask AddAsync(IncomingCreditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(_closed, this);
        // Personal payload values are encrypted here, on the caller's thread (ADR 0015): the clear text never reaches the
        // database task; the content hash takes them in as a keyed digest, so a changed value is an update.
        var personal = record.PersonalJson is { } clear ? _protector.Encrypt(clear) : null;
        _current.Add(new StagedRecord(
            record,
            StagedSubject.From(record, _protector),
            RecordKey.Compute(record.ItemCode, record.SourceKey),
            ContentHash.Compute(record, _hashScratch, _protector))
        {
            Personal = personal,
        });
        _rows++;
        if (_current.Count >= ChunkSize)
        {
            var full = _current;
            _current = new List<StagedRecord>(ChunkSize);
            await HandOverAsync(full, cancellationToken);
        }
    }

    public async Task<RecordMergeResult> CompleteAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (_current.Count > 0)
        {
            await HandOverAsync(_current, cancellationToken);
            _current = [];
        }

        _closed = true;
        _chunks.Writer.TryComplete();
        await _consumer.WaitAsync(cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
        _completed = true;
        var counts = _store.Counts;
        var result = new RecordMergeResult(counts.Inserted, counts.Updated, counts.Unchanged, counts.SubjectsCreated);
        _logger.LogInformation(
            "Batch {BatchId}: {Rows} rows written in {Elapsed} ms ({StoreBusy} ms in the database task: {Resolve} subjects, {Write} rows, " +
            "{Outbox} events, {Registry} registry; {ProducerWait} ms waiting for it): {Inserted} inserted, {Updated} updated, " +
            "{Unchanged} unchanged, {Superseded} superseded within the batch, {SubjectsCreated} subjects created, " +
            "{SubjectsUpdated} updated from registration rows",
            _batchId, _rows, (long)Stopwatch.GetElapsedTime(_started).TotalMilliseconds, counts.BusyMilliseconds,
            counts.ResolveMilliseconds, counts.WriteMilliseconds, counts.OutboxMilliseconds, counts.RegistryMilliseconds,
            (long)TimeSpan.FromTicks(_producerWaitTicks).TotalMilliseconds,
            result.Inserted, result.Updated, result.Unchanged, counts.Superseded, result.SubjectsCreated, counts.SubjectsUpdated);
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _closed = true;
        try
        {
            if (!_completed)
            {
                _chunks.Writer.TryComplete();
                await _abandon.CancelAsync();
                try
                {
                    await _consumer;
                }
                catch (Exception ex) when (ex is OperationCanceledException or NpgsqlException or InvalidOperationException or ChannelClosedException)
                {
                    // The consumer stops on the cancellation (or had already failed); the rollback below undoes its work.
                }

                await _transaction.RollbackAsync();
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // The connection may already be broken; closing it below discards everything anyway.
            _logger.LogWarning(ex, "Batch {BatchId}: rollback of an abandoned delivery failed; the connection is closed", _batchId);
        }
        finally
        {
            await _transaction.DisposeAsync();
            await _connection.DisposeAsync();
            _abandon.Dispose();
        }
    }

    private async ValueTask HandOverAsync(List<StagedRecord> chunk, CancellationToken cancellationToken)
    {
        var waitStarted = Stopwatch.GetTimestamp();
        try
        {
            await _chunks.Writer.WriteAsync(chunk, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            // The consumer failed and closed the channel: surface its exception, not the channel's.
            await _consumer;
            throw;
        }
        finally
        {
            _producerWaitTicks += Stopwatch.GetElapsedTime(waitStarted).Ticks;
        }
    }

    private async Task ConsumeAsync()
    {
        try
        {
            await foreach (var chunk in _chunks.Reader.ReadAllAsync(_abandon.Token))
            {
                await _store.WriteAsync(chunk, _abandon.Token);
            }
        }
        catch (Exception ex)
        {
            _chunks.Writer.TryComplete(ex);
            throw;
        }
    }
}
