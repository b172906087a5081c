using System.Buffers;
using System.Data;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;
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

/// <summary>Who delivers what, and the instant every row of the delivery is stamped with.</summary>
internal sealed record DeliveryContext(long BatchId, string Department, string Actor, DateTimeOffset Now);

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

/// <summary>A delivered row with what the writer derives before the database: subject columns, record id, content hash.</summary>
internal sealed record StagedRecord(IncomingCreditRecord Record, StagedSubject Subject, long RecordId, byte[] Hash)
{
    public long SubjectId { get; set; }

    /// <summary>The row's personal payload values, AES-256-GCM encrypted (<c>credit_records.personal</c>), or null.</summary>
    public byte[]? Personal { get; init; }
}

/// <summary>
/// The subject columns of a staged row. A person's raw ID number never reaches the database: only its blind
/// index, its ciphertext (in case the person must be created) and the masked form.
/// </summary>
internal readonly record struct StagedSubject(
    string? Uscc,
    bool UsccWarning,
    byte[]? IdIndex,
    byte[]? IdCipher,
    string? IdMasked,
    short? BirthYear,
    short? Sex,
    SubjectKind Kind,
    string District)
{
    /// <summary>The key of the writer's subject cache: the code, or the blind index in base64 (computed once per row).</summary>
    public string CacheKey { get; } = Uscc ?? Convert.ToBase64String(IdIndex!);

    public static StagedSubject From(IncomingCreditRecord record, PersonalDataProtector protector)
    {
        switch (record.SubjectKey)
        {
            case SubjectKeyKind.Uscc:
            {
                // What the validator passes on is almost always normalised and valid: the parser's fast path, no allocation.
                var code = SubjectCode.ParseCreditCode(record.SubjectKeyValue);
                if (code.CreditCode is not { } uscc)
                {
                    throw new ArgumentException($"Row {record.RowNumber}: the subject code is not a valid credit code ({UnifiedSocialCreditCode.TryParse(record.SubjectKeyValue).FirstErrorMessage}).", nameof(record));
                }

                return new StagedSubject(uscc, code.HasWarnings, null, null, null, null, null,
                    UnifiedSocialCreditCode.KindOf(uscc.AsSpan(0, 2)), PendingSubjects.DistrictOf(uscc.AsSpan(2, 6)));
            }

            case SubjectKeyKind.IdNumber:
            {
                var code = SubjectCode.ParseIdNumber(record.SubjectKeyValue);
                var id = code.IdNumber
                    ?? throw new ArgumentException($"Row {record.RowNumber}: the subject ID number is not valid.", nameof(record));
                return new StagedSubject(null, code.HasWarnings, code.BlindIndex(protector), protector.Encrypt(id.Value), id.Masked,
                    (short)id.BirthDate.Year, (short)id.Sex, SubjectKind.NaturalPerson, PendingSubjects.DistrictOf(id.AddressCode));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(record), record.SubjectKey, "Unknown subject key kind.");
        }
    }
}

/// <summary>
/// 16 bytes of SHA-256 over everything a delivery decides about a record (payload, item version, decision
/// date, publicity period and rule, and the personal values as a keyed digest): equal hashes mean an unchanged
/// re-delivery, which the writer skips.
/// </summary>
internal static class ContentHash
{
    public const int Length = 16;

    /// <summary>
    /// As <see cref="Compute(IncomingCreditRecord, byte[])"/>, followed — only for a row with personal values, so rows
    /// without keep the hash they always had — by <c>|</c> and the HMAC-SHA256 (blind-index key) of
    /// <see cref="IncomingCreditRecord.PersonalJson"/>. Keyed, because an unkeyed hash of an ID number could be brute-forced
    /// from its masked form.
    /// </summary>
    public static byte[] Compute(IncomingCreditRecord record, byte[] scratch, PersonalDataProtector protector)
    {
        if (record.PersonalJson is not { } personal)
        {
            return Compute(record, scratch);
        }

        Span<byte> digest = stackalloc byte[PersonalDataProtector.BlindIndexLength];
        protector.BlindIndex(personal, digest);
        return Compute(record, scratch, digest);
    }

    /// <summary>The longest prefix before the payload, apart from the rule version: an int, four dates, a class, a bool and eight separators.</summary>
    private const int FixedPrefixBytes = 11 + (4 * 8) + 11 + 5 + 8;

    /// <summary>
    /// SHA-256 over the UTF-8 of <c>{ItemVersion}|{DecisionDate:yyyyMMdd}|{Start:yyyyMMdd}|{End:yyyyMMdd}|{MinimumEnd:yyyyMMdd}|{(int?)Class}|{RuleVersion}|{Published}|</c>
    /// (invariant culture; an absent date or class is empty, <c>Published</c> is True or False) followed by the
    /// payload, truncated to <see cref="Length"/> bytes. The prefix is written byte by byte instead of formatted.
    /// </summary>
    public static byte[] Compute(IncomingCreditRecord record, byte[] scratch) => Compute(record, scratch, ReadOnlySpan<byte>.Empty);

    /// <summary>The hash with a personal-values digest after the payload: <c>|</c> and the digest as upper-case hex.</summary>
    private static byte[] Compute(IncomingCreditRecord record, byte[] scratch, ReadOnlySpan<byte> personalDigest)
    {
        var p = record.Publicity;
        var ruleVersion = p.RuleVersion ?? "";
        var length = FixedPrefixBytes + Encoding.UTF8.GetMaxByteCount(ruleVersion.Length) + Encoding.UTF8.GetMaxByteCount(record.PayloadJson.Length)
            + 1 + (2 * personalDigest.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var span = buffer.AsSpan();
            var at = 0;
            record.ItemVersion.TryFormat(span, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
            at += written;
            span[at++] = (byte)'|';
            at += Date(record.DecisionDate, span[at..]);
            span[at++] = (byte)'|';
            at += Date(p.Start, span[at..]);
            span[at++] = (byte)'|';
            at += p.End is { } end ? Date(end, span[at..]) : 0;
            span[at++] = (byte)'|';
            at += p.MinimumEnd is { } minimumEnd ? Date(minimumEnd, span[at..]) : 0;
            span[at++] = (byte)'|';
            if (p.Class is { } penaltyClass)
            {
                ((int)penaltyClass).TryFormat(span[at..], out written, default, System.Globalization.CultureInfo.InvariantCulture);
                at += written;
            }

            span[at++] = (byte)'|';
            at += Encoding.UTF8.GetBytes(ruleVersion, span[at..]);
            span[at++] = (byte)'|';
            at += Encoding.UTF8.GetBytes(p.Published ? "True" : "False", span[at..]);
            span[at++] = (byte)'|';
            at += Encoding.UTF8.GetBytes(record.PayloadJson, span[at..]);
            if (!personalDigest.IsEmpty)
            {
                span[at++] = (byte)'|';
                foreach (var b in personalDigest)
                {
                    span[at++] = (byte)"0123456789ABCDEF"[b >> 4];
                    span[at++] = (byte)"0123456789ABCDEF"[b & 0xF];
                }
            }

            SHA256.HashData(span[..at], scratch);
            return scratch.AsSpan(0, Length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>yyyyMMdd as ASCII; years below 1000 are zero-padded to four digits as the format string does.</summary>
    private static int Date(DateOnly date, Span<byte> destination)
    {
        var (year, month, day) = date;
        destination[0] = (byte)('0' + (year / 1000));
        destination[1] = (byte)('0' + (year / 100 % 10));
        destination[2] = (byte)('0' + (year / 10 % 10));
        destination[3] = (byte)('0' + (year % 10));
        destination[4] = (byte)('0' + (month / 10));
        destination[5] = (byte)('0' + (month % 10));
        destination[6] = (byte)('0' + (day / 10));
        destination[7] = (byte)('0' + (day % 10));
        return 8;
    }
}
