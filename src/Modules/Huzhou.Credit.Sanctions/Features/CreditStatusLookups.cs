using System.Text.Json;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// The check path's credit-status lookups, grouped: the keys of the checks arriving at the same moment are read in
/// one statement (<c>lookup_key = ANY($1)</c>) instead of one statement each. PostgreSQL then starts, snapshots and
/// answers one statement for a handful of checks, and the application runs one command through Npgsql for them
/// (issue #5 §5: the per-statement work, not the index lookup, was most of the database's share of a check).
/// <para>
/// Natural batching (<see cref="NaturalBatcher{TItem, TResult}"/>, as the check log's group commit): nothing waits for a batch to fill. A lookup goes out at once
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

    /// <summary>The ordinal of <c>lookup_key</c>: right after the snapshot's columns.</summary>
    private static readonly int KeyOrdinal = CreditStatusStore.Columns.Split(',').Length;

    private readonly NaturalBatcher<byte[][], CreditStatusSnapshot?> _batches;
    private readonly NpgsqlDataSource _source;
    private readonly ILogger<CreditStatusLookups> _logger;

    public CreditStatusLookups(CheckPathDatabase database, ILogger<CreditStatusLookups> logger)
    {
        _source = database.Source;
        _logger = logger;
        _batches = new NaturalBatcher<byte[][], CreditStatusSnapshot?>(
            "credit-status lookups", Readers, MaxBatch, ReadAsync, CheckPathMetrics.LookupDuration, CheckPathMetrics.LookupSize, logger, _source.Clear);
    }

    /// <summary>
    /// The status row of the first of <paramref name="keys"/> that has one (the order of
    /// <see cref="Huzhou.Credit.Contracts.Subjects.SubjectLookupKey.Candidates"/>), or null when none has.
    /// </summary>
    public Task<CreditStatusSnapshot?> FindAsync(byte[][] keys) => _batches.EnqueueAsync(keys);

    public ValueTask DisposeAsync() => _batches.DisposeAsync();

    private async Task ReadAsync(IReadOnlyList<NaturalBatcher<byte[][], CreditStatusSnapshot?>.Pending> batch)
    {
        var keys = new List<byte[]>(batch.Count * 2);
        foreach (var item in batch)
        {
            keys.AddRange(item.Item);
        }

        var found = new Dictionary<byte[], CreditStatusSnapshot>(keys.Count, KeyComparer.Instance);
        Dictionary<byte[], Exception>? broken = null;
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

        foreach (var item in batch)
        {
            if (broken is not null && item.Item.FirstOrDefault(k => found.ContainsKey(k) || broken.ContainsKey(k)) is { } first && broken.TryGetValue(first, out var error))
            {
                _logger.LogError(error, "The credit status row of a checked subject could not be read");
                item.Fail(error);
                continue;
            }

            item.Complete(First(item.Item, found));
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
