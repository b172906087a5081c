using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// The check path's credit-status lookups, grouped: the keys of the checks arriving at the same moment are read in
/// one statement (<c>lookup_key = ANY($1)</c>) instead of one statement each. PostgreSQL then starts, snapshots and
/// answers one statement for a handful of checks, and the application runs one command through Npgsql for them
/// (issue #5 §5: the per-statement work, not the index lookup, was most of the database's share of a check).
/// <para>
/// Natural batching, as the check log's group commit: nothing waits for a batch to fill. A lookup goes out at once
/// when a reader is free; while <see cref="Readers"/> statements are in flight, the lookups arriving meanwhile queue
/// and go out together in the next. At low load every batch is one lookup; the latency added is at most the
/// statement in flight. Each caller gets its own row (or none) exactly as a lookup of its own would.
/// </para>
/// </summary>
internal sealed class CreditStatusLookups : IAsyncDisposable
{
    /// <summary>The most checks whose keys go out in one statement.</summary>
    public const int MaxBatch = 128;

    /// <summary>Statements in flight at once (one per reader).</summary>
    public const int Readers = 2;

    // The key last, so the snapshot's columns keep the ordinals CreditStatusStore.Map reads.
    private const string ByKeys = $"SELECT {CreditStatusStore.Columns}, lookup_key FROM credit.sanction_credit_status WHERE lookup_key = ANY($1)";

    private const int KeyOrdinal = 11;

    private readonly Channel<Lookup> _queue =
        Channel.CreateUnbounded<Lookup>(new UnboundedChannelOptions { SingleReader = false });

    private readonly NpgsqlDataSource _source;
    private readonly ILogger<CreditStatusLookups> _logger;
    private readonly Task[] _readers;

    public CreditStatusLookups(CheckPathDatabase database, ILogger<CreditStatusLookups> logger)
    {
        _source = database.Source;
        _logger = logger;
        _readers = [.. Enumerable.Range(0, Readers).Select(_ => Task.Run(ReadLoopAsync))];
    }

    /// <summary>
    /// The status row of the first of <paramref name="keys"/> that has one (the order of
    /// <see cref="Huzhou.Credit.Contracts.Subjects.SubjectLookupKey.Candidates"/>), or null when none has.
    /// </summary>
    public Task<CreditStatusSnapshot?> FindAsync(byte[][] keys)
    {
        var lookup = new Lookup(keys, new TaskCompletionSource<CreditStatusSnapshot?>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(lookup))
        {
            throw new InvalidOperationException("The credit-status lookups are closed (the application is stopping).");
        }

        // Not cancellable once queued: the statement is on its way, and it is short.
        return lookup.Done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_readers);
    }

    private async Task ReadLoopAsync()
    {
        var batch = new List<Lookup>(MaxBatch);
        var keys = new List<byte[]>(MaxBatch * 2);
        var found = new Dictionary<byte[], CreditStatusSnapshot>(MaxBatch * 2, KeyComparer.Instance);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            keys.Clear();
            found.Clear();
            Dictionary<byte[], Exception>? broken = null;
            while (batch.Count < MaxBatch && reader.TryRead(out var item))
            {
                batch.Add(item);
                keys.AddRange(item.Keys);
            }

            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                var started = Stopwatch.GetTimestamp();
                await using (var command = _source.CreateCommand(ByKeys))
                {
                    command.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = keys.ToArray() });
                    await using var rows = await command.ExecuteReaderAsync();
                    while (await rows.ReadAsync())
                    {
                        var key = rows.GetFieldValue<byte[]>(KeyOrdinal);
                        try
                        {
                            found[key] = CreditStatusStore.Map(rows);
                        }
                        catch (Exception ex) when (ex is JsonException or InvalidCastException or FormatException)
                        {
                            // A row that cannot be read fails the checks that asked for it, not the whole group.
                            (broken ??= new Dictionary<byte[], Exception>(KeyComparer.Instance))[key] = ex;
                        }
                    }
                }

                CheckPathMetrics.LookupDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                CheckPathMetrics.LookupSize.Record(batch.Count);
                foreach (var item in batch)
                {
                    if (broken is not null && item.Keys.FirstOrDefault(k => found.ContainsKey(k) || broken.ContainsKey(k)) is { } first && broken.TryGetValue(first, out var error))
                    {
                        _logger.LogError(error, "The credit status row of a checked subject could not be read");
                        item.Done.TrySetException(error);
                        continue;
                    }

                    item.Done.TrySetResult(First(item.Keys, found));
                }
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Could not read the credit status for {Count} checks; their callers get an error", batch.Count);
                foreach (var item in batch)
                {
                    item.Done.TrySetException(ex);
                }
            }
        }
    }

    private static CreditStatusSnapshot? First(byte[][] keys, Dictionary<byte[], CreditStatusSnapshot> found)
    {
        foreach (var key in keys)
        {
            if (found.TryGetValue(key, out var row))
            {
                return row;
            }
        }

        return null;
    }

    private readonly record struct Lookup(byte[][] Keys, TaskCompletionSource<CreditStatusSnapshot?> Done);

    /// <summary>Keys compared by their bytes.</summary>
    private sealed class KeyComparer : IEqualityComparer<byte[]>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj)
        {
            var hash = default(HashCode);
            hash.AddBytes(obj);
            return hash.ToHashCode();
        }
    }
}
