using System.Diagnostics;
using System.Threading.Channels;
using Huzhou.Credit.Sanctions.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// The durable check log with group commit: each check waits until its row has committed (so "logged before
/// answering" holds and no check is lost), but the rows of checks arriving together are written together in one
/// statement — one WAL flush for up to <see cref="MaxBatch"/> checks instead of one per check — by
/// <see cref="DefaultWriters"/> writers (<c>Sanctions:CheckLogWriters</c>), so one batch is written while the previous one commits. Each caller gets its own id.
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
                (id, checked_at, caller, subject_code, subject_id, name_mismatch, matter_code, stage, reference, decision, rule_set_version, hits)
            OVERRIDING SYSTEM VALUE
            SELECT ids.id, u.checked_at, u.caller, u.subject_code, u.subject_id, u.name_mismatch, u.matter_code, u.stage, u.reference, u.decision, u.version, u.hits
            FROM unnest($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                WITH ORDINALITY AS u(checked_at, caller, subject_code, subject_id, name_mismatch, matter_code, stage, reference, decision, version, hits, ord)
            JOIN ids USING (ord)
        )
        SELECT id FROM ids ORDER BY ord
        """;

    private readonly Channel<(CheckRecord Record, TaskCompletionSource Done)> _queue =
        Channel.CreateUnbounded<(CheckRecord, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = false });

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<CheckLog> _logger;
    private readonly Task[] _writers;

    public CheckLog(CheckPathDatabase database, IConfiguration configuration, ILogger<CheckLog> logger)
    {
        _dataSource = database.Source;
        _logger = logger;
        var writers = Math.Clamp(configuration.GetValue("Sanctions:CheckLogWriters", DefaultWriters), 1, 16);
        _writers = [.. Enumerable.Range(0, writers).Select(_ => Task.Run(WriteLoopAsync))];
    }

    /// <summary>Writes the record (setting its id) and returns once it has committed; throws when it could not be written.</summary>
    public async Task AppendAsync(CheckRecord record, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite((record, done)))
        {
            throw new InvalidOperationException("The check log is closed (the application is stopping).");
        }

        // Not cancellable once queued: the row will be written, and the caller must not report a check as unlogged
        // when it is logged.
        await done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<(CheckRecord Record, TaskCompletionSource Done)>(MaxBatch);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            try
            {
                var started = Stopwatch.GetTimestamp();
                await WriteAsync(batch.Select(b => b.Record).ToList());
                CheckPathMetrics.LogDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                CheckPathMetrics.LogSize.Record(batch.Count);
                foreach (var item in batch)
                {
                    item.Done.TrySetResult();
                }
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Could not write {Count} checks to the log; their callers get an error", batch.Count);
                foreach (var item in batch)
                {
                    item.Done.TrySetException(ex);
                }
            }
        }
    }

    private async Task WriteAsync(List<CheckRecord> records)
    {
        // A single statement (its own transaction), so it also runs on the check path's pool when multiplexing is
        // turned on (Sanctions:CheckPathMultiplexing).
        await using var insert = _dataSource.CreateCommand(Insert);
        var p = insert.Parameters;
        p.Add(new NpgsqlParameter<int> { TypedValue = records.Count });
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
        p.Add(new NpgsqlParameter<string[]> { TypedValue = records.Select(r => r.Hits).ToArray() });
        var ids = new List<long>(records.Count);
        await using (var reader = await insert.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        if (ids.Count != records.Count)
        {
            throw new InvalidOperationException($"The check log returned {ids.Count} ids for {records.Count} rows.");
        }

        for (var i = 0; i < records.Count; i++)
        {
            records[i].Id = ids[i];
        }
    }
}
