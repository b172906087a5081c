using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using System.Threading.Channels;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// Natural batching, the check path's way of letting concurrent checks share one statement (the check log's group
/// commit, the grouped credit-status lookups): a caller queues its item and awaits its own result; each of the
/// workers takes whatever has queued meanwhile (up to the batch maximum), hands it to the batch handler as one batch,
/// and goes back for more. Nothing waits for a batch to fill: at low load every batch is one item, and the latency
/// added is at most the batch in flight.
/// <para>
/// The handler answers each item (<see cref="Pending.Complete"/> or <see cref="Pending.Fail"/>), so one bad item can
/// fail alone. When the handler throws, every item it had not answered gets the exception; an item it forgot gets an
/// error too, so no caller waits for ever. A batch refused for one item's data is run again in halves so that only that
/// item fails (<see cref="IsItemDataError"/>); a batch that failed for any other reason fails as a whole. A batch that took <see cref="SlowBatchMilliseconds"/> or more is logged as a
/// warning once its callers are answered: every caller in it waited that long (for the check log, a stalled WAL flush).
/// </para>
/// </summary>
internal sealed class NaturalBatcher<TItem, TResult> : IAsyncDisposable
{
    /// <summary>A batch at least this slow is logged as a warning (a check's whole budget is 20 ms at p99).</summary>
    public const double SlowBatchMilliseconds = 100;

    private readonly Channel<Pending> _queue =
        Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = false });

    private readonly string _purpose;
    private readonly int _maxBatch;
    private readonly Func<IReadOnlyList<Pending>, Task> _handle;
    private readonly Histogram<double> _duration;
    private readonly Histogram<int> _size;
    private readonly ILogger _logger;
    private readonly Action? _onBrokenConnection;
    private readonly Task[] _workers;

    /// <param name="purpose">What a batch does, for messages (e.g. "check-log writes").</param>
    /// <param name="workers">Batches in flight at once.</param>
    /// <param name="maxBatch">The most items in one batch.</param>
    /// <param name="handle">Runs one batch and answers each of its items.</param>
    /// <param name="duration">Records each batch's duration (ms) when it succeeded.</param>
    /// <param name="size">Records each batch's item count when it succeeded.</param>
    /// <param name="logger">Where a failed or slow batch is reported.</param>
    /// <param name="onBrokenConnection">
    /// Called when a batch met a broken connection (<see cref="DatabaseOutage.IsBrokenConnection"/>), before the batch is
    /// run once more: clears the pool, whose other idle connections a database restart broke as well.
    /// </param>
    public NaturalBatcher(
        string purpose,
        int workers,
        int maxBatch,
        Func<IReadOnlyList<Pending>, Task> handle,
        Histogram<double> duration,
        Histogram<int> size,
        ILogger logger,
        Action? onBrokenConnection = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _purpose = purpose;
        _maxBatch = maxBatch;
        _handle = handle;
        _duration = duration;
        _size = size;
        _logger = logger;
        _onBrokenConnection = onBrokenConnection;
        _workers = [.. Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync))];
    }

    /// <summary>
    /// Queues the item; the task ends with its own result once its batch has run. Not cancellable once queued: the
    /// batch is on its way, and a caller must not report as undone what was done.
    /// </summary>
    public Task<TResult> EnqueueAsync(TItem item)
    {
        var pending = new Pending(item, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException($"The {_purpose} are closed (the application is stopping).");
        }

        return pending.Done.Task;
    }

    /// <summary>Takes no more items and waits until every queued one has been answered.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_workers);
    }

    private async Task WorkAsync()
    {
        var batch = new List<Pending>(_maxBatch);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _maxBatch && reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            if (batch.Count == 0)
            {
                continue; // another worker took them
            }

            await RunAsync(batch);
        }
    }

    /// <summary>
    /// Whether <paramref name="error"/> says the statement was refused for the data of an item, not for the database's
    /// state: PostgreSQL's data exceptions (class 22, e.g. a NUL in text) and integrity violations (class 23), and text
    /// the driver cannot encode (a lone surrogate). Retrying the batch's items apart then isolates the bad one. An
    /// outage (a lost connection, a timeout) is not: retrying would only multiply the load on a database in trouble.
    /// </summary>
    internal static bool IsItemDataError(Exception error) =>
        error is PostgresException { SqlState: ['2', '2' or '3', ..] } or EncoderFallbackException;

    /// <summary>
    /// Runs one batch and answers its items. A batch refused for one item's data (<see cref="IsItemDataError"/>) is run
    /// again in halves, down to single items, so that only the bad item fails and its neighbours — often other API
    /// clients' checks — succeed (issue #23). Each statement is its own transaction, so a refused one wrote nothing.
    /// </summary>
    private async Task RunAsync(List<Pending> batch, bool retried = false)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            await _handle(batch);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            _duration.Record(elapsed);
            _size.Record(batch.Count);
            foreach (var item in batch)
            {
                if (!item.Done.Task.IsCompleted)
                {
                    item.Fail(new InvalidOperationException($"The {_purpose} left this item unanswered."));
                }
            }

            if (elapsed >= SlowBatchMilliseconds)
            {
                _logger.LogWarning("A batch of {Count} {Purpose} took {Elapsed:F0} ms; the checks waiting for it answered late", batch.Count, _purpose, elapsed);
            }
        }
        catch (Exception ex) when (!retried && DatabaseOutage.IsBrokenConnection(ex))
        {
            // A pooled connection broken by a database restart (or the restart itself): once more on a fresh connection,
            // so callers see an error only while the database really is down (issue #24). A log batch whose commit was
            // lost with the connection may be written twice; a check answered 200 is never missing from the log.
            _logger.LogWarning(ex, "A batch of {Count} {Purpose} met a broken database connection; the pool is cleared and the batch runs once more", batch.Count, _purpose);
            _onBrokenConnection?.Invoke();
            await RunAsync(batch.Where(p => !p.Done.Task.IsCompleted).ToList(), retried: true);
        }
        catch (Exception ex) when (batch.Count > 1 && IsItemDataError(ex))
        {
            _logger.LogWarning(ex, "A batch of {Count} {Purpose} was refused for the data of an item; it is run again in halves so that only that item fails", batch.Count, _purpose);
            var open = batch.Where(p => !p.Done.Task.IsCompleted).ToList();
            var half = open.Count / 2;
            if (half > 0)
            {
                await RunAsync(open.GetRange(0, half), retried);
            }

            if (open.Count > half)
            {
                await RunAsync(open.GetRange(half, open.Count - half), retried);
            }
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "A batch of {Count} {Purpose} failed; their callers get an error", batch.Count, _purpose);
            foreach (var item in batch)
            {
                item.Fail(ex);
            }
        }
    }

    /// <summary>One queued item and its caller's answer (answering twice keeps the first).</summary>
    internal readonly record struct Pending(TItem Item, TaskCompletionSource<TResult> Done)
    {
        public void Complete(TResult result) => Done.TrySetResult(result);

        public void Fail(Exception error) => Done.TrySetException(error);
    }
}
