using System.Buffers;
using System.Data;
using System.Security.Cryptography;
using System.Text;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Security;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// The record store's only writer: rows stream by binary COPY into a temporary staging table, then one
/// transaction creates missing subjects (待核实), merges the records with a single
/// <c>INSERT ... ON CONFLICT DO UPDATE</c> and writes their history. See docs/modules/record-store.md.
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
            await using (var create = new NpgsqlCommand(CreditRecordSql.For(CreditRecordSql.CreateStaging, batchId), connection, transaction))
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            var importer = await connection.BeginBinaryImportAsync(CreditRecordSql.For(CreditRecordSql.CopyStaging, batchId), cancellationToken);
            return new CreditRecordBatchWriter(connection, transaction, importer, protector, clock, logger, batchId, providerDepartment, actor);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

/// <summary>One open delivery: a connection, its transaction and the running COPY into the staging table.</summary>
internal sealed class CreditRecordBatchWriter(
    NpgsqlConnection connection,
    NpgsqlTransaction transaction,
    NpgsqlBinaryImporter importer,
    PersonalDataProtector protector,
    TimeProvider clock,
    ILogger logger,
    long batchId,
    string providerDepartment,
    string actor) : ICreditRecordBatchWriter
{
    private readonly byte[] _hash = new byte[SHA256.HashSizeInBytes];
    private NpgsqlBinaryImporter? _importer = importer;
    private bool _completed;
    private bool _disposed;
    private long _rows;
    private long _personRows;

    public ValueTask AddAsync(IncomingCreditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var writer = _importer ?? throw new InvalidOperationException("The batch is already completed or abandoned.");
        var subject = StagedSubject.From(record, protector);
        var p = record.Publicity;

        writer.StartRow();
        writer.Write(record.RowNumber, NpgsqlDbType.Integer);
        writer.Write((short)record.SubjectKey, NpgsqlDbType.Smallint);
        WriteNullable(writer, subject.Uscc, NpgsqlDbType.Char);
        writer.Write(subject.UsccWarning, NpgsqlDbType.Boolean);
        WriteNullable(writer, subject.IdIndex, NpgsqlDbType.Bytea);
        WriteNullable(writer, subject.IdCipher, NpgsqlDbType.Bytea);
        WriteNullable(writer, subject.IdMasked, NpgsqlDbType.Varchar);
        WriteNullable(writer, subject.BirthYear, NpgsqlDbType.Smallint);
        WriteNullable(writer, subject.Sex, NpgsqlDbType.Smallint);
        writer.Write((short)subject.Kind, NpgsqlDbType.Smallint);
        writer.Write(subject.District, NpgsqlDbType.Varchar);
        writer.Write(Truncate(record.SubjectName, 200), NpgsqlDbType.Varchar);
        writer.Write(record.ItemCode, NpgsqlDbType.Varchar);
        writer.Write(record.ItemVersion, NpgsqlDbType.Integer);
        writer.Write(record.SourceKey, NpgsqlDbType.Varchar);
        writer.Write(record.DecisionDate, NpgsqlDbType.Date);
        writer.Write(p.Start, NpgsqlDbType.Date);
        WriteNullable(writer, p.End, NpgsqlDbType.Date);
        WriteNullable(writer, p.MinimumEnd, NpgsqlDbType.Date);
        WriteNullable(writer, p.Class is { } c ? (short?)c : null, NpgsqlDbType.Smallint);
        writer.Write(p.RuleVersion, NpgsqlDbType.Varchar);
        writer.Write(p.Published, NpgsqlDbType.Boolean);
        writer.Write(record.PayloadJson, NpgsqlDbType.Json);
        writer.Write(ContentHash.Compute(record, _hash), NpgsqlDbType.Bytea);
        _rows++;
        if (record.SubjectKey == SubjectKeyKind.IdNumber)
        {
            _personRows++;
        }
        return ValueTask.CompletedTask;
    }

    public async Task<RecordMergeResult> CompleteAsync(CancellationToken cancellationToken = default)
    {
        var writer = _importer ?? throw new InvalidOperationException("The batch is already completed or abandoned.");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await writer.CompleteAsync(cancellationToken);
        await writer.DisposeAsync();
        _importer = null;

        var now = clock.GetUtcNow();
        long created = 0;
        long inserted = 0, updated = 0, total = 0;
        await ExecuteAsync(CreditRecordSql.PrepareMerge, cancellationToken);
        var superseded = await ExecuteAsync(CreditRecordSql.RemoveSuperseded, cancellationToken);
        created += await ExecuteAsync(CreditRecordSql.CreateOrganisations, cancellationToken, now);
        created += await ExecuteAsync(CreditRecordSql.CreatePersons, cancellationToken, now);
        await using (var merge = Command(CreditRecordSql.MergeFor(organisations: _personRows < _rows, persons: _personRows > 0), now))
        {
            merge.CommandTimeout = 0;
            await using var reader = await merge.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                inserted = reader.GetInt64(0);
                updated = reader.GetInt64(1);
            }

            total = _rows - superseded;
        }

        await ExecuteAsync(CreditRecordSql.DropStaging, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _completed = true;
        var result = new RecordMergeResult(inserted, updated, total - inserted - updated, created);
        logger.LogInformation(
            "Batch {BatchId}: {Rows} rows merged in {Elapsed} ms: {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {SubjectsCreated} subjects created",
            batchId, _rows, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, result.Inserted, result.Updated, result.Unchanged, result.SubjectsCreated);
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (_importer is not null)
            {
                // Disposing an unfinished COPY cancels it; the transaction then rolls back with the staging table.
                await _importer.DisposeAsync();
                _importer = null;
            }

            if (!_completed)
            {
                await transaction.RollbackAsync();
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // The connection may already be broken; closing it below discards everything anyway.
            logger.LogWarning(ex, "Batch {BatchId}: rollback of an abandoned delivery failed; the connection is closed", batchId);
        }
        finally
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private NpgsqlCommand Command(string sql, DateTimeOffset? now = null)
    {
        var command = new NpgsqlCommand(CreditRecordSql.For(sql, batchId), connection, transaction) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter<long>("batch", batchId));
        command.Parameters.Add(new NpgsqlParameter<string>("actor", actor));
        command.Parameters.Add(new NpgsqlParameter<string>("department", providerDepartment));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now ?? DateTimeOffset.UnixEpoch));
        return command;
    }

    private async Task<long> ExecuteAsync(string sql, CancellationToken cancellationToken, DateTimeOffset? now = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var command = Command(sql, now);
        var rows = await command.ExecuteNonQueryAsync(cancellationToken);
        logger.LogDebug("Batch {BatchId}: step {Step} took {Elapsed} ms", batchId, sql.AsSpan(0, Math.Min(40, sql.Length)).Trim().ToString(), System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return rows;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    // Synchronous column writes: the importer buffers them, and an await per column costs more than the column.
    private static void WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, type);
        }
    }
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
    public static StagedSubject From(IncomingCreditRecord record, PersonalDataProtector protector)
    {
        switch (record.SubjectKey)
        {
            case SubjectKeyKind.Uscc:
            {
                var parsed = UnifiedSocialCreditCode.TryParse(record.SubjectKeyValue);
                var code = parsed.Value
                    ?? throw new ArgumentException($"Row {record.RowNumber}: the subject code is not a valid credit code ({parsed.FirstErrorMessage}).", nameof(record));
                return new StagedSubject(code.Value, parsed.HasWarnings, null, null, null, null, null, code.Kind, PendingSubjects.DistrictOf(code.DivisionCode));
            }

            case SubjectKeyKind.IdNumber:
            {
                var parsed = ResidentIdNumber.TryParse(record.SubjectKeyValue);
                var id = parsed.Value
                    ?? throw new ArgumentException($"Row {record.RowNumber}: the subject ID number is not valid.", nameof(record));
                return new StagedSubject(null, false, protector.BlindIndex(id.Value), protector.Encrypt(id.Value), id.Masked,
                    (short)id.BirthDate.Year, (short)id.Sex, SubjectKind.NaturalPerson, PendingSubjects.DistrictOf(id.AddressCode));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(record), record.SubjectKey, "Unknown subject key kind.");
        }
    }
}

/// <summary>
/// 16 bytes of SHA-256 over everything a delivery decides about a record (payload, item version, decision
/// date, publicity period and rule): equal hashes mean an unchanged re-delivery, which the merge skips.
/// </summary>
internal static class ContentHash
{
    public const int Length = 16;

    public static byte[] Compute(IncomingCreditRecord record, byte[] scratch)
    {
        var p = record.Publicity;
        var text = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{record.ItemVersion}|{record.DecisionDate:yyyyMMdd}|{p.Start:yyyyMMdd}|{p.End:yyyyMMdd}|{p.MinimumEnd:yyyyMMdd}|{(int?)p.Class}|{p.RuleVersion}|{p.Published}|");
        var length = Encoding.UTF8.GetByteCount(text) + Encoding.UTF8.GetByteCount(record.PayloadJson);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            written += Encoding.UTF8.GetBytes(record.PayloadJson, buffer.AsSpan(written));
            SHA256.HashData(buffer.AsSpan(0, written), scratch);
            return scratch.AsSpan(0, Length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
