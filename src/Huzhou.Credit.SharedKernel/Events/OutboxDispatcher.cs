using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.SharedKernel.Events;

/// <summary>
/// Hands committed outbox messages to the handlers subscribed to their type. Several dispatchers (the listener on
/// every node, the minute job) may run at once: a batch is claimed with <c>FOR UPDATE SKIP LOCKED</c>. Per message
/// and handler, an inbox row (<c>credit.outbox_inbox</c>) records that the handler is done, so a message retried
/// because another handler failed is not handed twice to the one that succeeded. A failing message is retried with
/// a growing delay (up to an hour) and its last error is kept for the administrator; the others go on.
/// </summary>
public sealed class OutboxDispatcher(
    NpgsqlDataSource dataSource,
    IServiceScopeFactory scopes,
    IEnumerable<IntegrationEventSubscription> subscriptions,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Messages claimed per transaction (a message may name many thousands of subjects).</summary>
    public const int BatchSize = 10;

    /// <summary>How long dispatched messages and their inbox rows are kept.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    private readonly ILookup<string, IntegrationEventSubscription> _byType = subscriptions.ToLookup(s => s.EventType, StringComparer.Ordinal);

    /// <summary>The event types this dispatcher claims: only those it has handlers for.</summary>
    private string[] Types => _byType.Select(g => g.Key).ToArray();

    /// <summary>Dispatches batches until no message is due; returns how many messages were handled.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            var handled = await DispatchBatchAsync(cancellationToken);
            if (handled == 0)
            {
                return total;
            }

            total += handled;
        }
    }

    /// <summary>
    /// Dispatches until every due message is done, waiting for batches other dispatchers hold (for a seeder that must
    /// see its projections before it returns, and for tests). Gives up after <paramref name="timeout"/>.
    /// </summary>
    public async Task DrainAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await DispatchPendingAsync(cancellationToken);
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var count = new NpgsqlCommand(
                "SELECT count(*) FROM credit.outbox_messages WHERE dispatched_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= now()) AND event_type = ANY(@types)",
                connection);
            count.Parameters.AddWithValue("types", Types);
            if ((long)(await count.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Outbox messages still pending after {timeout}.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>
    /// The minute job: dispatches what the listener missed, closes messages no module handles (after an hour, with
    /// a note) and forgets messages past <see cref="Retention"/>.
    /// </summary>
    public async Task RunScheduledAsync(CancellationToken cancellationToken)
    {
        await DispatchPendingAsync(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var orphans = new NpgsqlCommand(
            """
            UPDATE credit.outbox_messages SET dispatched_at = now(), last_error = 'no handler subscribed'
            WHERE dispatched_at IS NULL AND NOT (event_type = ANY(@types)) AND occurred_at < now() - interval '1 hour'
            """,
            connection))
        {
            orphans.Parameters.AddWithValue("types", Types);
            await orphans.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var cleanup = new NpgsqlCommand(
            """
            WITH old AS (DELETE FROM credit.outbox_messages WHERE dispatched_at < now() - @retention RETURNING id)
            DELETE FROM credit.outbox_inbox i USING old WHERE i.message_id = old.id
            """,
            connection);
        cleanup.Parameters.AddWithValue("retention", Retention);
        await cleanup.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>For the administrators' overview: what waits, what keeps failing, and the latest error.</summary>
    public async Task<OutboxStatus> StatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*), count(*) FILTER (WHERE attempts > 0), min(occurred_at),
                   (SELECT last_error FROM credit.outbox_messages WHERE dispatched_at IS NULL AND attempts > 0 ORDER BY id DESC LIMIT 1),
                   (SELECT count(*) FROM credit.outbox_messages WHERE dispatched_at > now() - interval '1 day')
            FROM credit.outbox_messages WHERE dispatched_at IS NULL
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new OutboxStatus(
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.GetInt64(4));
    }

    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var messages = new List<(long Id, string Type, string Payload, int Attempts)>();
        await using (var claim = new NpgsqlCommand(
            """
            SELECT id, event_type, payload::text, attempts FROM credit.outbox_messages
            WHERE dispatched_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= now()) AND event_type = ANY(@types)
            ORDER BY id LIMIT @batch FOR UPDATE SKIP LOCKED
            """,
            connection,
            transaction))
        {
            claim.Parameters.AddWithValue("batch", BatchSize);
            claim.Parameters.AddWithValue("types", Types);
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                messages.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
            }
        }

        foreach (var message in messages)
        {
            var error = await HandleAsync(connection, transaction, message.Id, message.Type, message.Payload, cancellationToken);
            await using var update = error is null
                ? new NpgsqlCommand("UPDATE credit.outbox_messages SET dispatched_at = now(), last_error = NULL WHERE id = @id", connection, transaction)
                : new NpgsqlCommand(
                    "UPDATE credit.outbox_messages SET attempts = attempts + 1, last_error = @error, next_attempt_at = now() + @delay WHERE id = @id",
                    connection,
                    transaction);
            update.Parameters.AddWithValue("id", message.Id);
            if (error is not null)
            {
                update.Parameters.AddWithValue("error", error.Length > 2000 ? error[..2000] : error);
                update.Parameters.AddWithValue("delay", TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, Math.Min(message.Attempts, 12)))));
            }

            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return messages.Count;
    }

    /// <summary>Runs every handler of the message that has not handled it yet; returns the first error, or null.</summary>
    private async Task<string?> HandleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, string type, string payload, CancellationToken cancellationToken)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        await using (var inbox = new NpgsqlCommand("SELECT handler FROM credit.outbox_inbox WHERE message_id = @id", connection, transaction))
        {
            inbox.Parameters.AddWithValue("id", id);
            await using var reader = await inbox.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                done.Add(reader.GetString(0));
            }
        }

        string? error = null;
        foreach (var subscription in _byType[type])
        {
            if (done.Contains(subscription.HandlerName))
            {
                continue;
            }

            try
            {
                var message = JsonSerializer.Deserialize(payload, subscription.EventClrType, Outbox.Json)
                    ?? throw new InvalidOperationException("empty payload");
                await using (var scope = scopes.CreateAsyncScope())
                {
                    await subscription.Invoke(scope.ServiceProvider, message, cancellationToken);
                }

                await using var record = new NpgsqlCommand(
                    "INSERT INTO credit.outbox_inbox (handler, message_id, processed_at) VALUES (@handler, @id, now()) ON CONFLICT DO NOTHING",
                    connection,
                    transaction);
                record.Parameters.AddWithValue("handler", subscription.HandlerName);
                record.Parameters.AddWithValue("id", id);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Payloads carry ids only, never personal data; the message id is enough to look it up.
                logger.LogWarning(ex, "Outbox message {MessageId} ({EventType}) failed in {Handler}; it will be retried", id, type, subscription.HandlerName);
                error ??= $"{subscription.HandlerName}: {ex.GetType().Name}: {ex.Message}";
            }
        }

        return error;
    }
}
