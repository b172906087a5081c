using Hangfire;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.Lists.Jobs;

/// <summary>
/// Nightly (00:30 Asia/Shanghai): entries in force whose validity ended before today become 已到期, each with a
/// change row (actor <c>system</c>). One set-based statement per chunk, found through the partial index on
/// <c>expires_on</c>; idempotent, so a re-run or a restart finds nothing left or continues.
/// </summary>
internal sealed class ListExpiryJob(NpgsqlDataSource dataSource, JobRuns runs, TimeProvider clock, ILogger<ListExpiryJob> logger)
{
    public const string JobId = "lists:expiry";
    public const int ChunkSize = 5000;

    private const string ExpireChunk = """
        WITH due AS (
            SELECT id FROM credit.list_entries
            WHERE status = 2 AND expires_on < @today
            ORDER BY id
            LIMIT @chunk
            FOR UPDATE SKIP LOCKED
        ), moved AS (
            UPDATE credit.list_entries e SET status = 3, updated_at = @now, closed_on = e.expires_on
            FROM due WHERE e.id = due.id AND e.status = 2
            RETURNING e.id, e.subject_id
        ), history AS (
            INSERT INTO credit.list_entry_changes (entry_id, changed_at, changed_by, old_status, new_status, reason)
            SELECT id, @now, 'system', 2, 3, '有效期届满，自动到期' FROM moved
        ), changed AS (
            -- ListEntriesChanged for the chunk's subjects, in the same statement (and transaction) as the expiry.
            INSERT INTO credit.outbox_messages (event_type, payload)
            SELECT @eventType, jsonb_build_object('subjectIds', jsonb_agg(DISTINCT subject_id)) FROM moved HAVING count(*) > 0
        )
        SELECT count(*) FROM moved
        """;

    [AutomaticRetry(Attempts = 3)]
    public async Task<long> RunAsync(CancellationToken cancellationToken)
    {
        // One run at a time (ADR 0016): a run that finds another under way skips; a crash frees the lock at once.
        await using var run = await runs.TryStartAsync(JobId, "名单有效期届满自动到期", cancellationToken);
        if (run is null)
        {
            logger.LogInformation("{Job}: another run is under way, this one skips", JobId);
            return 0;
        }

        var today = ShanghaiTime.Today(clock);
        long total = 0;
        while (true)
        {
            await using var command = dataSource.CreateCommand(ExpireChunk);
            command.Parameters.AddWithValue("today", today);
            command.Parameters.AddWithValue("now", clock.GetUtcNow());
            command.Parameters.AddWithValue("chunk", ChunkSize);
            command.Parameters.AddWithValue("eventType", ListEntriesChanged.EventType);
            var moved = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            total += moved;
            await run.ProgressAsync(total, cancellationToken: cancellationToken);
            if (moved < ChunkSize)
            {
                break;
            }
        }

        await run.CompleteAsync($"{today:yyyy-MM-dd}：{total} 条名单到期", cancellationToken);

        logger.LogInformation("List expiry: {Count} entries expired before {Today}", total, today);
        return total;
    }
}
