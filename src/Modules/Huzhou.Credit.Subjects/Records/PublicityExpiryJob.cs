using Hangfire;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Time;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// Nightly (02:00 Asia/Shanghai): active records whose publicity ended before today (Shanghai) become
/// 公示期满, with a history row (actor <c>system</c>, reason 公示期满). Nothing is deleted. Works partition
/// by partition in chunks, each chunk its own short transaction found through the partial expiry index,
/// so it never holds locks on the whole table; re-running finds nothing left to do (idempotent), and a
/// restart mid-way simply continues.
/// </summary>
internal sealed class PublicityExpiryJob(NpgsqlDataSource dataSource, JobRuns runs, TimeProvider clock, ILogger<PublicityExpiryJob> logger)
{
    public const string JobId = "subjects:publicity-expiry";
    public const string Actor = "system";
    public const string Reason = "公示期满";
    public const int ChunkSize = 5000;
    public const string Title = "公示期满自动转为期满";

    private static readonly string ExpireChunk = $$"""
        WITH due AS (
            SELECT subject_id, id FROM {0}
            WHERE status = {{CreditRecordLiterals.Active}} AND publicity_end < @today
            LIMIT @chunk
            FOR UPDATE SKIP LOCKED
        ), moved AS (
            UPDATE {0} r SET status = {{CreditRecordLiterals.PublicityEnded}}, updated_at = @now
            FROM due
            WHERE r.subject_id = due.subject_id AND r.id = due.id AND r.status = {{CreditRecordLiterals.Active}}
            RETURNING r.subject_id, r.id
        ), history AS (
            INSERT INTO credit.credit_record_changes (subject_id, record_id, changed_at, actor, what, old_status, new_status, reason)
            SELECT subject_id, id, @now, @actor, {{CreditRecordLiterals.StatusChanged}}, {{CreditRecordLiterals.Active}}, {{CreditRecordLiterals.PublicityEnded}}, @reason FROM moved
        ), changed AS (
            -- CreditRecordsChanged for the chunk's subjects, in the same statement (and transaction) as the change.
            INSERT INTO credit.outbox_messages (event_type, payload)
            SELECT @eventType, jsonb_build_object('subjectIds', jsonb_agg(DISTINCT subject_id)) FROM moved HAVING count(*) > 0
        )
        SELECT count(*) FROM moved
        """;

    [AutomaticRetry(Attempts = 3)]
    public async Task<long> RunAsync(CancellationToken cancellationToken)
    {
        // One run at a time (ADR 0016): a run that finds another under way skips; a crash frees the lock at once.
        await using var run = await runs.TryStartAsync(JobId, Title, cancellationToken);
        if (run is null)
        {
            logger.LogInformation("{Job}: another run is under way, this one skips", JobId);
            return 0;
        }

        var today = ShanghaiTime.Today(clock);
        var partitions = new List<string>();
        await using (var list = dataSource.CreateCommand(
            """
            SELECT format('%I.%I', n.nspname, c.relname)
            FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE i.inhparent = 'credit.credit_records'::regclass
            ORDER BY c.relname
            """))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                partitions.Add(reader.GetString(0));
            }
        }

        long total = 0;
        foreach (var partition in partitions)
        {
            var sql = ExpireChunk.Replace("{0}", partition, StringComparison.Ordinal);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await using var command = dataSource.CreateCommand(sql);
                command.CommandTimeout = 300;
                command.Parameters.Add(new NpgsqlParameter<DateOnly>("today", today));
                command.Parameters.Add(new NpgsqlParameter<int>("chunk", ChunkSize));
                command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", clock.GetUtcNow()));
                command.Parameters.Add(new NpgsqlParameter<string>("actor", Actor));
                command.Parameters.Add(new NpgsqlParameter<string>("reason", Reason));
                command.Parameters.Add(new NpgsqlParameter<string>("eventType", CreditRecordsChanged.EventType));
                var moved = (int)(long)(await command.ExecuteScalarAsync(cancellationToken))!;
                total += moved;
                await run.ProgressAsync(total, checkpoint: $"分区 {partitions.IndexOf(partition) + 1}/{partitions.Count}（{partition}）", cancellationToken: cancellationToken);
                if (moved < ChunkSize)
                {
                    break;
                }
            }
        }

        await run.CompleteAsync($"{today:yyyy-MM-dd}：{total} 条记录公示期满", cancellationToken);

        using (logger.BeginScope(new Dictionary<string, object> { ["Module"] = SubjectsDbContext.ModuleName }))
        {
            logger.LogInformation("Publicity expiry for {Today}: {Records} records moved to 公示期满", today, total);
        }

        return total;
    }
}
