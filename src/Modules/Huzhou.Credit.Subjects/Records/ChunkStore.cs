using System.Diagnostics;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// Writes one chunk after another inside the delivery's transaction:
/// <list type="number">
/// <item>resolve subjects (a cache per delivery, then one query per chunk for the rest; unknown valid codes become
/// subjects pending verification);</item>
/// <item>keep the latest row of each key within the chunk;</item>
/// <item>optimistic: binary COPY of the whole chunk into <c>credit.credit_records</c> under a savepoint. A key that
/// exists already (a re-delivery, or a key this batch delivered in an earlier chunk) fails the COPY with a unique
/// violation; the chunk is rolled back to the savepoint and written again in probe mode;</item>
/// <item>probe mode: look the chunk's keys up, COPY the new ones, update the changed ones with history, skip the
/// unchanged ones. The writer stays in probe mode while chunks meet existing keys and returns to optimistic
/// COPY after a chunk that met none.</item>
/// <item>registration rows (<see cref="IncomingCreditRecord.Registration"/>) update their organisations in the registry:
/// the chunk's latest row per subject, set-based, with history and a <see cref="SubjectsChanged"/> event.</item>
/// </list>
/// </summary>
internal sealed class ChunkStore(NpgsqlConnection connection, NpgsqlTransaction transaction, DeliveryContext delivery, ILogger logger)
{
    /// <summary>Subjects remembered per delivery; past this the cache starts over (memory stays bounded).</summary>
    private const int SubjectCacheLimit = 500_000;

    private const string Savepoint = "chunk";
    private const string UniqueViolation = "23505";

    private readonly Dictionary<string, long> _subjects = new(StringComparer.Ordinal);
    private readonly List<long> _changedSubjects = [];
    private bool _probe;
    private bool _registrationLocked;

    public DeliveryCounts Counts { get; } = new();

    public async Task WriteAsync(List<StagedRecord> chunk, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var registration = chunk.Exists(r => r.Record.Registration is not null);
        if (registration && !_registrationLocked)
        {
            // Before this delivery touches anything, so deliveries of registration data never wait on each other in a cycle.
            await using var command = Command(CreditRecordSql.LockRegistration);
            await command.ExecuteNonQueryAsync(cancellationToken);
            _registrationLocked = true;
        }

        await ResolveSubjectsAsync(chunk, cancellationToken);
        var resolved = Stopwatch.GetTimestamp();
        Counts.ResolveMilliseconds += (long)Stopwatch.GetElapsedTime(started, resolved).TotalMilliseconds;
        var rows = LatestPerKey(chunk);
        for (var attempt = 1; ; attempt++)
        {
            await transaction.SaveAsync(Savepoint, cancellationToken);
            _changedSubjects.Clear();
            try
            {
                var counts = _probe ? await WriteProbingAsync(rows, cancellationToken) : await CopyAsync(rows, cancellationToken);
                await transaction.ReleaseAsync(Savepoint, cancellationToken);
                var written = Stopwatch.GetTimestamp();
                Counts.WriteMilliseconds += (long)Stopwatch.GetElapsedTime(resolved, written).TotalMilliseconds;
                // Other modules (the check API's credit status, scoring) learn which subjects' records changed, in
                // the delivery's transaction: the event exists exactly when the records do.
                await Outbox.WriteAsync(connection, transaction, CreditRecordsChanged.For(_changedSubjects), cancellationToken);
                Counts.OutboxMilliseconds += (long)Stopwatch.GetElapsedTime(written).TotalMilliseconds;
                Counts.Inserted += counts.Inserted;
                Counts.Updated += counts.Updated;
                Counts.Unchanged += counts.Unchanged;
                Counts.Superseded += counts.Superseded;
                break;
            }
            catch (PostgresException ex) when (ex.SqlState == UniqueViolation && attempt < 4)
            {
                // Optimistic COPY met an existing key, or (probe mode) another delivery inserted a key between the
                // probe and the COPY: undo this chunk only and write it again by probing.
                await transaction.RollbackAsync(Savepoint, cancellationToken);
                logger.LogDebug("Batch {BatchId}: chunk met existing keys (attempt {Attempt}); writing it in probe mode", delivery.BatchId, attempt);
                _probe = true;
            }
        }

        if (registration)
        {
            var applying = Stopwatch.GetTimestamp();
            await ApplyRegistrationAsync(chunk, cancellationToken);
            Counts.RegistryMilliseconds += (long)Stopwatch.GetElapsedTime(applying).TotalMilliseconds;
        }

        Counts.BusyMilliseconds += (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private readonly record struct ChunkCounts(long Inserted, long Updated, long Unchanged, long Superseded);

    /// <summary>The latest row of each (subject, record id) in the chunk; the rest count as superseded.</summary>
    private List<StagedRecord> LatestPerKey(List<StagedRecord> chunk)
    {
        var latest = new Dictionary<(long Subject, long Id), int>(chunk.Count);
        for (var i = 0; i < chunk.Count; i++)
        {
            latest[(chunk[i].SubjectId, chunk[i].RecordId)] = i;
        }

        if (latest.Count == chunk.Count)
        {
            return chunk;
        }

        Counts.Superseded += chunk.Count - latest.Count;
        var rows = new List<StagedRecord>(latest.Count);
        for (var i = 0; i < chunk.Count; i++)
        {
            if (latest[(chunk[i].SubjectId, chunk[i].RecordId)] == i)
            {
                rows.Add(chunk[i]);
            }
        }

        return rows;
    }

    private async Task<ChunkCounts> CopyAsync(List<StagedRecord> rows, CancellationToken cancellationToken)
    {
        await using (var copy = await connection.BeginBinaryImportAsync(CreditRecordSql.CopyRecords, cancellationToken))
        {
            foreach (var row in rows)
            {
                WriteRecord(copy, row);
                _changedSubjects.Add(row.SubjectId);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        return new ChunkCounts(rows.Count, 0, 0, 0);
    }

    private async Task<ChunkCounts> WriteProbingAsync(List<StagedRecord> rows, CancellationToken cancellationToken)
    {
        var existing = await ProbeAsync(rows, cancellationToken);
        if (existing.Count == 0)
        {
            _probe = false;
            return await CopyAsync(rows, cancellationToken);
        }

        var fresh = new List<StagedRecord>(rows.Count);
        var changed = new List<(StagedRecord Row, bool History)>();
        long unchanged = 0, superseded = 0, updated = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue((row.SubjectId, row.RecordId), out var found))
            {
                fresh.Add(row);
                continue;
            }

            if (!string.Equals(found.ItemCode, row.Record.ItemCode, StringComparison.Ordinal)
                || !string.Equals(found.SourceKey, row.Record.SourceKey, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"Row {row.Record.RowNumber}: record id {row.RecordId} of subject {row.SubjectId} already belongs to another key; the delivery is refused (记录标识冲突).");
            }

            var sameBatch = found.BatchId == delivery.BatchId;
            if (sameBatch)
            {
                // An earlier chunk of this delivery carried the key: the later row wins, without history.
                superseded++;
                if (!found.Hash.AsSpan().SequenceEqual(row.Hash))
                {
                    changed.Add((row, false));
                }
            }
            else if (found.Hash.AsSpan().SequenceEqual(row.Hash))
            {
                unchanged++;
            }
            else
            {
                updated++;
                changed.Add((row, true));
            }
        }

        if (fresh.Count > 0)
        {
            await CopyAsync(fresh, cancellationToken);
        }

        if (changed.Count > 0)
        {
            await UpdateAsync(changed, cancellationToken);
        }

        return new ChunkCounts(fresh.Count, updated, unchanged, superseded);
    }

    private readonly record struct ExistingRecord(byte[] Hash, long BatchId, string ItemCode, string SourceKey);

    private async Task<Dictionary<(long Subject, long Id), ExistingRecord>> ProbeAsync(List<StagedRecord> rows, CancellationToken cancellationToken)
    {
        await using var command = Command(CreditRecordSql.Probe);
        command.Parameters.AddUnnest(rows)
            .Column("subjects", r => r.SubjectId)
            .Column("ids", r => r.RecordId);
        var found = new Dictionary<(long, long), ExistingRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[(reader.GetInt64(0), reader.GetInt64(1))] =
                new ExistingRecord(reader.GetFieldValue<byte[]>(2), reader.GetInt64(3), reader.GetString(4), reader.GetString(5));
        }

        return found;
    }

    private async Task UpdateAsync(List<(StagedRecord Row, bool History)> changed, CancellationToken cancellationToken)
    {
        _changedSubjects.AddRange(changed.Select(c => c.Row.SubjectId));
        await using var command = Command(CreditRecordSql.Update);
        command.Parameters.AddUnnest(changed)
            .Column("subjects", c => c.Row.SubjectId)
            .Column("ids", c => c.Row.RecordId)
            .Column("itemVersions", c => c.Row.Record.ItemVersion)
            .Column("decisionDates", c => c.Row.Record.DecisionDate)
            .Column("starts", c => c.Row.Record.Publicity.Start)
            .Column("ends", c => c.Row.Record.Publicity.End)
            .Column("minimumEnds", c => c.Row.Record.Publicity.MinimumEnd)
            .Column("classes", c => c.Row.Record.Publicity.Class is { } k ? (short?)k : null)
            .Column("ruleVersions", c => c.Row.Record.Publicity.RuleVersion)
            .Column("published", c => c.Row.Record.Publicity.Published)
            .Column("payloads", c => c.Row.Record.PayloadJson)
            .Column("hashes", c => c.Row.Hash)
            .Column("personals", c => c.Row.Personal, NpgsqlDbType.Bytea)
            .Column("history", c => c.History);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The registration statuses by their value (1-4), as the change history names them.</summary>
    private static readonly string[] StatusNames = Enum.GetValues<Domain.RegistrationStatus>()
        .OrderBy(s => (short)s).Select(s => Domain.RegistrationStatuses.DisplayName(s)).ToArray();

    /// <summary>
    /// The registry learns from registration rows. Per organisation the chunk's row with the latest date wins (核准日期,
    /// else 成立日期; on equal dates the later row), and the statement applies it only when it is not older than the
    /// row the registry applied last, so a batch ends the same however its rows fall into chunks, and an older file
    /// delivered late changes nothing. Persons' rows never carry registration facts.
    /// </summary>
    private async Task ApplyRegistrationAsync(List<StagedRecord> chunk, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<long, (StagedRecord Row, SubjectRegistrationFacts Facts, DateOnly AsOf)>();
        foreach (var row in chunk)
        {
            if (row.Record.Registration is not { } facts || row.Subject.Uscc is null)
            {
                continue;
            }

            var asOf = facts.ApprovedOn ?? facts.EstablishedOn ?? row.Record.DecisionDate;
            if (!latest.TryGetValue(row.SubjectId, out var seen) || asOf >= seen.AsOf)
            {
                latest[row.SubjectId] = (row, facts, asOf);
            }
        }

        if (latest.Count == 0)
        {
            return;
        }

        var rows = latest.Values.ToList();
        var changed = new List<long>();
        await using (var command = Command(CreditRecordSql.ApplyRegistration))
        {
            var p = command.Parameters;
            p.AddUnnest(rows)
                .Column("subjects", r => r.Row.SubjectId)
                .Column("names", r => Truncate(r.Facts.Name, 200))
                .Column("statuses", r => StatusOf(r.Facts.Status))
                .Column("legalRepresentatives", r => TruncateOrNull(r.Facts.LegalRepresentative, 100))
                .Column("capitals", r => r.Facts.RegisteredCapital)
                .Column("established", r => r.Facts.EstablishedOn)
                .Column("addresses", r => TruncateOrNull(r.Facts.Address, 300))
                .Column("asOf", r => r.AsOf);
            p.Add(new NpgsqlParameter<string[]>("statusNames", StatusNames));
            p.Add(new NpgsqlParameter<string>("pending", Domain.VerificationStatuses.DisplayName(Domain.VerificationStatus.Pending)));
            p.Add(new NpgsqlParameter<string>("verified", Domain.VerificationStatuses.DisplayName(Domain.VerificationStatus.Verified)));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                changed.Add(reader.GetInt64(0));
            }
        }

        // The check API's credit status and other listeners refresh these subjects once the delivery commits.
        Counts.SubjectsUpdated += changed.Count;
        var events = changed.Chunk(CreditRecordsChanged.MaxSubjectsPerMessage).Select(ids => new SubjectsChanged(ids)).ToList();
        await Outbox.WriteAsync(connection, transaction, events, cancellationToken);
    }

    private static short? StatusOf(RegisteredStatus? status) => status switch
    {
        RegisteredStatus.Active => (short)Domain.RegistrationStatus.Active,
        RegisteredStatus.Revoked => (short)Domain.RegistrationStatus.Revoked,
        RegisteredStatus.Cancelled => (short)Domain.RegistrationStatus.Cancelled,
        RegisteredStatus.MovedOut => (short)Domain.RegistrationStatus.MovedOut,
        _ => null,
    };

    private async Task ResolveSubjectsAsync(List<StagedRecord> chunk, CancellationToken cancellationToken)
    {
        if (_subjects.Count > SubjectCacheLimit)
        {
            _subjects.Clear();
        }

        // The latest row of the chunk names each unknown subject.
        var unknown = new Dictionary<string, StagedRecord>(StringComparer.Ordinal);
        foreach (var row in chunk)
        {
            if (!_subjects.ContainsKey(row.Subject.CacheKey))
            {
                unknown[row.Subject.CacheKey] = row;
            }
        }

        if (unknown.Count > 0)
        {
            var organisations = unknown.Values.Where(r => r.Subject.Uscc is not null).ToList();
            var persons = unknown.Values.Where(r => r.Subject.Uscc is null).ToList();
            if (organisations.Count > 0)
            {
                await FindAsync(CreditRecordSql.FindOrganisations, "codes", organisations.Select(r => r.Subject.Uscc!).ToArray(), cancellationToken);
                var missing = organisations.Where(r => !_subjects.ContainsKey(r.Subject.CacheKey)).ToList();
                if (missing.Count > 0)
                {
                    await CreateOrganisationsAsync(missing, cancellationToken);
                }
            }

            if (persons.Count > 0)
            {
                await FindAsync(CreditRecordSql.FindPersons, "indexes", persons.Select(r => r.Subject.IdIndex!).ToArray(), cancellationToken);
                var missing = persons.Where(r => !_subjects.ContainsKey(r.Subject.CacheKey)).ToList();
                if (missing.Count > 0)
                {
                    await CreatePersonsAsync(missing, cancellationToken);
                }
            }
        }

        foreach (var row in chunk)
        {
            row.SubjectId = _subjects.TryGetValue(row.Subject.CacheKey, out var id)
                ? id
                : throw new InvalidOperationException($"Row {row.Record.RowNumber}: its subject could be neither found nor created.");
        }
    }

    private async Task FindAsync<T>(string sql, string parameter, T[] keys, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        command.Parameters.Add(new NpgsqlParameter<T[]>(parameter, keys));
        await ReadSubjectsAsync(command, cancellationToken);
    }

    private async Task<int> ReadSubjectsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var read = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetFieldType(0) == typeof(byte[]) ? Convert.ToBase64String(reader.GetFieldValue<byte[]>(0)) : reader.GetString(0);
            _subjects[key] = reader.GetInt64(1);
            read++;
        }

        return read;
    }

    private async Task CreateOrganisationsAsync(List<StagedRecord> rows, CancellationToken cancellationToken)
    {
        await using (var command = Command(CreditRecordSql.CreateOrganisations))
        {
            command.Parameters.AddUnnest(rows)
                .Column("codes", r => r.Subject.Uscc!)
                .Column("warnings", r => r.Subject.UsccWarning)
                .Column("kinds", r => (short)r.Subject.Kind)
                .Column("districts", r => r.Subject.District)
                .Column("names", r => Truncate(r.Record.SubjectName, 200));
            Counts.SubjectsCreated += await ReadSubjectsAsync(command, cancellationToken);
        }

        // Codes another delivery created meanwhile were skipped by ON CONFLICT: they exist now.
        var still = rows.Where(r => !_subjects.ContainsKey(r.Subject.CacheKey)).Select(r => r.Subject.Uscc!).ToArray();
        if (still.Length > 0)
        {
            await FindAsync(CreditRecordSql.FindOrganisations, "codes", still, cancellationToken);
        }
    }

    private async Task CreatePersonsAsync(List<StagedRecord> rows, CancellationToken cancellationToken)
    {
        await using (var command = Command(CreditRecordSql.CreatePersons))
        {
            command.Parameters.AddUnnest(rows)
                .Column("indexes", r => r.Subject.IdIndex!)
                .Column("ciphers", r => r.Subject.IdCipher!)
                .Column("masked", r => r.Subject.IdMasked!)
                .Column("warnings", r => r.Subject.UsccWarning)
                .Column("birthYears", r => r.Subject.BirthYear ?? 0)
                .Column("sexes", r => r.Subject.Sex ?? 0)
                .Column("districts", r => r.Subject.District)
                .Column("names", r => Truncate(r.Record.SubjectName, 200));
            Counts.SubjectsCreated += await ReadSubjectsAsync(command, cancellationToken);
        }

        var still = rows.Where(r => !_subjects.ContainsKey(r.Subject.CacheKey)).Select(r => r.Subject.IdIndex!).ToArray();
        if (still.Length > 0)
        {
            await FindAsync(CreditRecordSql.FindPersons, "indexes", still, cancellationToken);
        }
    }

    private NpgsqlCommand Command(string sql)
    {
        var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter<long>("batch", delivery.BatchId));
        command.Parameters.Add(new NpgsqlParameter<string>("actor", delivery.Actor));
        command.Parameters.Add(new NpgsqlParameter<string>("department", delivery.Department));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", delivery.Now));
        return command;
    }

    // Synchronous column writes: the importer buffers them, and an await per column costs more than the column.
    // (Text COPY formatted by hand was measured too: the server then spends 50 % more CPU parsing it.)
    private void WriteRecord(NpgsqlBinaryImporter copy, StagedRecord row)
    {
        var record = row.Record;
        var p = record.Publicity;
        copy.StartRow();
        copy.Write(row.SubjectId, NpgsqlDbType.Bigint);
        copy.Write(row.RecordId, NpgsqlDbType.Bigint);
        copy.Write(record.ItemCode, NpgsqlDbType.Varchar);
        copy.Write(record.ItemVersion, NpgsqlDbType.Integer);
        copy.Write(delivery.Department, NpgsqlDbType.Varchar);
        copy.Write(record.SourceKey, NpgsqlDbType.Varchar);
        copy.Write(record.DecisionDate, NpgsqlDbType.Date);
        copy.Write(p.Start, NpgsqlDbType.Date);
        WriteNullable(copy, p.End, NpgsqlDbType.Date);
        WriteNullable(copy, p.MinimumEnd, NpgsqlDbType.Date);
        WriteNullable(copy, p.Class is { } c ? (short?)c : null, NpgsqlDbType.Smallint);
        copy.Write(p.RuleVersion, NpgsqlDbType.Varchar);
        copy.Write(p.Published, NpgsqlDbType.Boolean);
        copy.Write((short)CreditRecordStatus.Active, NpgsqlDbType.Smallint);
        copy.Write(record.PayloadJson, NpgsqlDbType.Text);
        copy.Write(row.Hash, NpgsqlDbType.Bytea);
        WriteNullable(copy, row.Personal, NpgsqlDbType.Bytea);
        copy.Write(delivery.BatchId, NpgsqlDbType.Bigint);
        copy.Write(delivery.Now, NpgsqlDbType.TimestampTz);
        copy.Write(delivery.Now, NpgsqlDbType.TimestampTz);
    }

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

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    private static string? TruncateOrNull(string? value, int length) => value is null ? null : Truncate(value, length);
}
