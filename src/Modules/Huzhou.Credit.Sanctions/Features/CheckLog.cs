using Huzhou.Credit.Sanctions.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// The durable check log with group commit: each check waits until its row has committed (so "logged before
/// answering" holds and no check is lost), but the rows of checks arriving together are written together in one
/// statement — one WAL flush for up to <see cref="MaxBatch"/> checks instead of one per check — by
/// <see cref="DefaultWriters"/> writers (<c>Sanctions:CheckLogWriters</c>), so one batch is written while the previous one commits
/// (<see cref="NaturalBatcher{TItem, TResult}"/>, which also logs a batch slow to commit). Each caller gets its own id.
/// </summary>
internal sealed class CheckLog : IAsyncDisposable
{
    public const int MaxBatch = 500;

    /// <summary>
    /// Writers working at once (<c>Sanctions:CheckLogWriters</c>, 1–16): while one batch waits for its commit, the
    /// next is already being written. Four kept the machine busier than two when each check still had a lookup
    /// statement of its own (docs/benchmarks.md, runs T–V); since the lookups are grouped, two answer as many checks
    /// with half the commits (about 6 checks per batch instead of 3). The number of writers does not decide whether
    /// the disk's WAL flushes stall now and then — one, two and four all had runs with a 100–350 ms commit (sixth pass).
    /// </summary>
    public const int DefaultWriters = 2;

    // One statement, committed on its own: ids drawn from the table's identity sequence in the order of the batch,
    // the rows inserted with them, the ids returned in that order. Positional parameters: Npgsql sends the text as it
    // is, where named ones would make it rewrite the SQL on every batch.
    private const string Insert = """
        WITH ids AS (
            SELECT nextval('credit.sanction_checks_id_seq') AS id, ord FROM generate_series(1, $1) AS ord
        ), inserted AS (
            INSERT INTO credit.sanction_checks
                (id, checked_at, caller, subject_code, subject_id, name_mismatch, matter_code, stage, reference, decision, rule_set_version, hits_packed)
            OVERRIDING SYSTEM VALUE
            SELECT ids.id, u.checked_at, u.caller, u.subject_code, u.subject_id, u.name_mismatch, u.matter_code, u.stage, u.reference, u.decision, u.version, u.hits_packed
            FROM unnest($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                WITH ORDINALITY AS u(checked_at, caller, subject_code, subject_id, name_mismatch, matter_code, stage, reference, decision, version, hits_packed, ord)
            JOIN ids USING (ord)
        )
        SELECT id FROM ids ORDER BY ord
        """;

    private readonly NaturalBatcher<CheckRecord, bool> _batches;
    private readonly NpgsqlDataSource _dataSource;

    public CheckLog(CheckPathDatabase database, IConfiguration configuration, ILogger<CheckLog> logger)
    {
        _dataSource = database.Source;
        var writers = Math.Clamp(configuration.GetValue("Sanctions:CheckLogWriters", DefaultWriters), 1, 16);
        _batches = new NaturalBatcher<CheckRecord, bool>(
            "check-log writes", writers, MaxBatch, WriteAsync, CheckPathMetrics.LogDuration, CheckPathMetrics.LogSize, logger, _dataSource.Clear);
    }

    /// <summary>Writes the record (setting its id) and returns once it has committed; throws when it could not be written.</summary>
    public async Task AppendAsync(CheckRecord record, CancellationToken cancellationToken) =>
        // Not cancellable once queued: the row will be written, and the caller must not report a check as unlogged
        // when it is logged.
        await _batches.EnqueueAsync(record);

    public ValueTask DisposeAsync() => _batches.DisposeAsync();

    private async Task WriteAsync(IReadOnlyList<NaturalBatcher<CheckRecord, bool>.Pending> batch)
    {
        var records = new CheckRecord[batch.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = batch[i].Item;
        }

        // A single statement (its own transaction), so it also runs on the check path's pool when multiplexing is
        // turned on (Sanctions:CheckPathMultiplexing).
        await using var insert = _dataSource.CreateCommand(Insert);
        var p = insert.Parameters;
        p.Add(new NpgsqlParameter<int> { TypedValue = records.Length });
        p.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = records.Select(r => r.CheckedAt).ToArray() });
        p.Add(new NpgsqlParameter<string[]> { TypedValue = records.Select(r => r.Caller).ToArray() });
        p.Add(new NpgsqlParameter<string[]> { TypedValue = records.Select(r => r.SubjectCode).ToArray() });
        p.Add(new NpgsqlParameter<long?[]> { TypedValue = records.Select(r => r.SubjectId).ToArray() });
        p.Add(new NpgsqlParameter<bool[]> { TypedValue = records.Select(r => r.NameMismatch).ToArray() });
        p.Add(new NpgsqlParameter<string[]> { TypedValue = records.Select(r => r.MatterCode).ToArray() });
        p.Add(new NpgsqlParameter<short[]> { TypedValue = records.Select(r => (short)r.Stage).ToArray() });
        p.Add(new NpgsqlParameter<string?[]> { TypedValue = records.Select(r => r.Reference).ToArray() });
        p.Add(new NpgsqlParameter<short[]> { TypedValue = records.Select(r => (short)r.Decision).ToArray() });
        p.Add(new NpgsqlParameter<int[]> { TypedValue = records.Select(r => r.RuleSetVersion).ToArray() });
        p.Add(new NpgsqlParameter<byte[]?[]> { TypedValue = records.Select(r => r.PackedHits).ToArray() });
        var ids = new List<long>(records.Length);
        await using (var reader = await insert.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        if (ids.Count != records.Length)
        {
            throw new InvalidOperationException($"The check log returned {ids.Count} ids for {records.Length} rows.");
        }

        for (var i = 0; i < records.Length; i++)
        {
            records[i].Id = ids[i];
            batch[i].Complete(true);
        }
    }
}
