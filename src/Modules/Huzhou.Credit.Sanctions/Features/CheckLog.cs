using System.Threading.Channels;
using Huzhou.Credit.Sanctions.Domain;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// The durable check log with group commit: each check waits until its row has committed (so "logged before
/// answering" holds and no check is lost), but the rows of checks arriving together are written by one writer in
/// one transaction — one WAL flush for up to <see cref="MaxBatch"/> checks instead of one per check. Ids are drawn
/// from the table's sequence first, so each caller gets its own id back.
/// </summary>
internal sealed class CheckLog : IAsyncDisposable
{
    public const int MaxBatch = 500;

    private const string Insert = """
        INSERT INTO credit.sanction_checks
            (id, checked_at, caller, subject_code, subject_id, name_mismatch, matter_code, stage, reference, decision, rule_set_version, hits)
        OVERRIDING SYSTEM VALUE
        SELECT * FROM unnest(@ids, @checkedAt, @callers, @codes, @subjects, @mismatch, @matters, @stages, @references, @decisions, @versions, @hits::jsonb[])
        """;

    private readonly Channel<(CheckRecord Record, TaskCompletionSource Done)> _queue =
        Channel.CreateUnbounded<(CheckRecord, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<CheckLog> _logger;
    private readonly Task _writer;

    public CheckLog(NpgsqlDataSource dataSource, ILogger<CheckLog> logger)
    {
        _dataSource = dataSource;
        _logger = logger;
        _writer = Task.Run(WriteLoopAsync);
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
        await _writer;
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
                await WriteAsync(batch.Select(b => b.Record).ToList());
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
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var ids = new long[records.Count];
        await using (var next = new NpgsqlCommand(
            "SELECT nextval(pg_get_serial_sequence('credit.sanction_checks', 'id')) FROM generate_series(1, @n)", connection, transaction))
        {
            next.Parameters.Add(new NpgsqlParameter<int>("n", records.Count));
            await using var reader = await next.ExecuteReaderAsync();
            for (var i = 0; await reader.ReadAsync(); i++)
            {
                ids[i] = reader.GetInt64(0);
            }
        }

        await using (var insert = new NpgsqlCommand(Insert, connection, transaction))
        {
            var p = insert.Parameters;
            p.Add(new NpgsqlParameter<long[]>("ids", ids));
            p.Add(new NpgsqlParameter<DateTimeOffset[]>("checkedAt", records.Select(r => r.CheckedAt).ToArray()));
            p.Add(new NpgsqlParameter<string[]>("callers", records.Select(r => r.Caller).ToArray()));
            p.Add(new NpgsqlParameter<string[]>("codes", records.Select(r => r.SubjectCode).ToArray()));
            p.Add(new NpgsqlParameter<long?[]>("subjects", records.Select(r => r.SubjectId).ToArray()));
            p.Add(new NpgsqlParameter<bool[]>("mismatch", records.Select(r => r.NameMismatch).ToArray()));
            p.Add(new NpgsqlParameter<string[]>("matters", records.Select(r => r.MatterCode).ToArray()));
            p.Add(new NpgsqlParameter<short[]>("stages", records.Select(r => (short)r.Stage).ToArray()));
            p.Add(new NpgsqlParameter<string?[]>("references", records.Select(r => r.Reference).ToArray()));
            p.Add(new NpgsqlParameter<short[]>("decisions", records.Select(r => (short)r.Decision).ToArray()));
            p.Add(new NpgsqlParameter<int[]>("versions", records.Select(r => r.RuleSetVersion).ToArray()));
            p.Add(new NpgsqlParameter<string[]>("hits", records.Select(r => r.Hits).ToArray()));
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        for (var i = 0; i < records.Count; i++)
        {
            records[i].Id = ids[i];
        }
    }
}
