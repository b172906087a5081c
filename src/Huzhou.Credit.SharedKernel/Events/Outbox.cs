using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.SharedKernel.Events;

/// <summary>
/// Writes integration events into <c>credit.outbox_messages</c> inside the caller's open transaction, so the event
/// exists if and only if the change committed. A trigger on the table notifies <c>credit_outbox</c>, which wakes
/// the dispatcher on every node at once.
/// </summary>
public static class Outbox
{
    public const string NotifyChannel = "credit_outbox";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Writes the events on the connection, in the given transaction.</summary>
    public static async Task WriteAsync<TEvent>(NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyCollection<TEvent> events, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
    {
        if (events.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            "INSERT INTO credit.outbox_messages (event_type, payload, occurred_at) SELECT @type, p, now() FROM unnest(@payloads) AS p",
            connection,
            transaction);
        command.Parameters.AddWithValue("type", TEvent.EventType);
        command.Parameters.Add(new NpgsqlParameter("payloads", NpgsqlDbType.Array | NpgsqlDbType.Jsonb)
        {
            Value = events.Select(e => JsonSerializer.Serialize(e, Json)).ToArray(),
        });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Writes the events through a DbContext's connection; the context must be inside a transaction.</summary>
    public static Task WriteAsync<TEvent>(DbContext db, IReadOnlyCollection<TEvent> events, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
            ?? throw new InvalidOperationException("Integration events are written inside the transaction of the change they describe: begin one first.");
        return WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), transaction, events, cancellationToken);
    }

    /// <summary>
    /// Saves the context's changes and writes the events in one transaction (the context's current one when it has
    /// one, else a new one committed here).
    /// </summary>
    public static async Task<int> SaveChangesWithEventsAsync<TEvent>(this DbContext db, IReadOnlyCollection<TEvent> events, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
    {
        if (db.Database.CurrentTransaction is not null)
        {
            var saved = await db.SaveChangesAsync(cancellationToken);
            await WriteAsync(db, events, cancellationToken);
            return saved;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var saved = await db.SaveChangesAsync(cancellationToken);
            await WriteAsync(db, events, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return saved;
        });
    }
}
