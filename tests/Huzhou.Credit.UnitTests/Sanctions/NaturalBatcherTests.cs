using System.Diagnostics.Metrics;
using Huzhou.Credit.Sanctions.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Huzhou.Credit.UnitTests.Sanctions;

/// <summary>
/// The check path's natural batching (check log, credit-status lookups): items queued while a batch is in flight go
/// out together in the next, each caller gets its own answer, and no failure leaves a caller waiting.
/// </summary>
public sealed class NaturalBatcherTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Meter _meter = new("Huzhou.Credit.UnitTests.NaturalBatcher");
    private readonly List<int[]> _batches = [];
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Dispose() => _meter.Dispose();

    [Fact]
    public async Task Items_queued_while_a_batch_is_in_flight_go_out_together_and_each_gets_its_own_answer()
    {
        await using var batcher = Batcher(workers: 1, maxBatch: 100, HoldFirstThenAnswerTimesTen);
        var first = batcher.EnqueueAsync(1);
        await _firstStarted.Task.WaitAsync(Patience);
        var next = Enumerable.Range(2, 5).Select(batcher.EnqueueAsync).ToArray();
        _gate.SetResult();

        Assert.Equal(10, await first.WaitAsync(Patience));
        Assert.Equal(new[] { 20, 30, 40, 50, 60 }, await Task.WhenAll(next).WaitAsync(Patience));
        Assert.Equal(new[] { new[] { 1 }, new[] { 2, 3, 4, 5, 6 } }, Batches());
    }

    [Fact]
    public async Task A_batch_never_holds_more_than_the_maximum()
    {
        await using var batcher = Batcher(workers: 1, maxBatch: 3, HoldFirstThenAnswerTimesTen);
        var first = batcher.EnqueueAsync(1);
        await _firstStarted.Task.WaitAsync(Patience);
        var next = Enumerable.Range(2, 7).Select(batcher.EnqueueAsync).ToArray();
        _gate.SetResult();

        await Task.WhenAll(next.Append(first)).WaitAsync(Patience);
        Assert.Equal(new[] { 1, 3, 3, 1 }, Batches().Select(b => b.Length));
        Assert.Equal(Enumerable.Range(1, 8), Batches().SelectMany(b => b));
    }

    [Fact]
    public async Task An_item_the_handler_fails_fails_alone()
    {
        await using var batcher = Batcher(workers: 1, maxBatch: 100, async batch =>
        {
            await HoldFirstThenAnswerTimesTen(batch.Where(p => p.Item != 3).ToList());
            foreach (var unreadable in batch.Where(p => p.Item == 3))
            {
                unreadable.Fail(new FormatException("row 3 is unreadable"));
            }
        });
        var first = batcher.EnqueueAsync(1);
        await _firstStarted.Task.WaitAsync(Patience);
        var two = batcher.EnqueueAsync(2);
        var three = batcher.EnqueueAsync(3);
        var four = batcher.EnqueueAsync(4);
        _gate.SetResult();

        Assert.Equal(10, await first.WaitAsync(Patience));
        Assert.Equal(20, await two.WaitAsync(Patience));
        await Assert.ThrowsAsync<FormatException>(() => three.WaitAsync(Patience));
        Assert.Equal(40, await four.WaitAsync(Patience));
    }

    [Fact]
    public async Task A_handler_that_throws_fails_its_whole_batch_and_the_next_batch_still_runs()
    {
        var calls = 0;
        await using var batcher = Batcher(workers: 1, maxBatch: 100, batch =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new TimeoutException("the database did not answer");
            }

            foreach (var p in batch)
            {
                p.Complete(p.Item * 10);
            }

            return Task.CompletedTask;
        });

        await Assert.ThrowsAsync<TimeoutException>(() => batcher.EnqueueAsync(1).WaitAsync(Patience));
        Assert.Equal(20, await batcher.EnqueueAsync(2).WaitAsync(Patience));
    }

    /// <summary>Issue #23: a NUL in one client's text made PostgreSQL refuse the shared statement, failing every item in it.</summary>
    [Fact]
    public async Task A_batch_refused_for_one_items_data_is_run_again_so_that_only_that_item_fails()
    {
        await using var batcher = Batcher(workers: 1, maxBatch: 100, async batch =>
        {
            lock (_batches)
            {
                _batches.Add([.. batch.Select(p => p.Item)]);
            }

            if (batch.Count == 1 && batch[0].Item == 1)
            {
                _firstStarted.SetResult();
                await _gate.Task;
            }

            if (batch.Any(p => p.Item == 13))
            {
                // What PostgreSQL answers for a NUL in text: the whole statement is refused.
                throw new PostgresException("invalid byte sequence for encoding \"UTF8\": 0x00", "ERROR", "ERROR", PostgresErrorCodes.CharacterNotInRepertoire);
            }

            foreach (var p in batch)
            {
                p.Complete(p.Item * 10);
            }
        });
        var first = batcher.EnqueueAsync(1);
        await _firstStarted.Task.WaitAsync(Patience);
        var many = Enumerable.Range(2, 30).Select(i => (Item: i, Answer: batcher.EnqueueAsync(i))).ToArray();
        _gate.SetResult();

        Assert.Equal(10, await first.WaitAsync(Patience));
        var poisoned = await Assert.ThrowsAsync<PostgresException>(() => many.Single(m => m.Item == 13).Answer.WaitAsync(Patience));
        Assert.Equal(PostgresErrorCodes.CharacterNotInRepertoire, poisoned.SqlState);
        foreach (var (item, answer) in many.Where(m => m.Item != 13))
        {
            Assert.Equal(item * 10, await answer.WaitAsync(Patience));
        }

        // The 30 went out together first, then in halves around the bad item (a bisection, not one statement each).
        Assert.Equal(Enumerable.Range(2, 30), Batches()[1]);
        Assert.InRange(Batches().Count, 4, 2 + (2 * 5));
        Assert.Contains(new[] { 13 }, Batches());
    }

    [Fact]
    public async Task A_batch_that_keeps_failing_for_an_outage_is_run_once_more_then_fails_as_a_whole()
    {
        var calls = 0;
        var cleared = 0;
        await using var batcher = Batcher(workers: 1, maxBatch: 100, onBrokenConnection: () => Interlocked.Increment(ref cleared), handle: async batch =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                _firstStarted.SetResult();
                await _gate.Task;
                foreach (var p in batch)
                {
                    p.Complete(p.Item);
                }

                return;
            }

            throw new NpgsqlException("Exception while reading from stream", new IOException("connection reset"));
        });
        var first = batcher.EnqueueAsync(1);
        await _firstStarted.Task.WaitAsync(Patience);
        var many = Enumerable.Range(2, 10).Select(batcher.EnqueueAsync).ToArray();
        _gate.SetResult();

        await first.WaitAsync(Patience);
        foreach (var answer in many)
        {
            await Assert.ThrowsAsync<NpgsqlException>(() => answer.WaitAsync(Patience));
        }

        // The ten together, once more after the pool was cleared (issue #24), and no bisection: an outage is no item's fault.
        Assert.Equal(3, Volatile.Read(ref calls));
        Assert.Equal(1, Volatile.Read(ref cleared));
    }

    [Fact]
    public async Task A_batch_that_met_a_connection_broken_by_a_restart_succeeds_on_the_second_try()
    {
        var calls = 0;
        var cleared = 0;
        await using var batcher = Batcher(workers: 1, maxBatch: 100, onBrokenConnection: () => Interlocked.Increment(ref cleared), handle: batch =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                // What a pooled connection answers after PostgreSQL restarted: its session was terminated.
                throw new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown);
            }

            foreach (var p in batch)
            {
                p.Complete(p.Item * 2);
            }

            return Task.CompletedTask;
        });

        Assert.Equal(42, await batcher.EnqueueAsync(21).WaitAsync(Patience));
        Assert.Equal(2, Volatile.Read(ref calls));
        Assert.Equal(1, Volatile.Read(ref cleared));
    }

    [Fact]
    public async Task A_timeout_is_not_retried()
    {
        var calls = 0;
        await using var batcher = Batcher(workers: 1, maxBatch: 100, handle: _ =>
        {
            Interlocked.Increment(ref calls);
            throw new NpgsqlException("Exception while reading from stream", new TimeoutException("Timeout during reading attempt"));
        });

        await Assert.ThrowsAsync<NpgsqlException>(() => batcher.EnqueueAsync(1).WaitAsync(Patience));
        Assert.Equal(1, Volatile.Read(ref calls));
    }

    [Theory]
    [InlineData("22021", true)] // character not in repertoire (a NUL)
    [InlineData("22001", true)] // string data right truncation
    [InlineData("23505", true)] // unique violation
    [InlineData("40001", false)] // serialization failure
    [InlineData("57P01", false)] // admin shutdown
    [InlineData("53300", false)] // too many connections
    public void Only_data_errors_count_as_one_items_fault(string sqlState, bool isItemDataError) =>
        Assert.Equal(isItemDataError, NaturalBatcher<int, int>.IsItemDataError(new PostgresException("x", "ERROR", "ERROR", sqlState)));

    [Fact]
    public async Task An_item_the_handler_forgot_gets_an_error_instead_of_waiting_for_ever()
    {
        await using var batcher = Batcher(workers: 1, maxBatch: 100, _ => Task.CompletedTask);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => batcher.EnqueueAsync(1).WaitAsync(Patience));
        Assert.Contains("unanswered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disposing_answers_what_was_queued_and_then_refuses_more()
    {
        var batcher = Batcher(workers: 2, maxBatch: 4, HoldFirstThenAnswerTimesTen);
        var queued = Enumerable.Range(1, 9).Select(batcher.EnqueueAsync).ToArray();
        var disposing = batcher.DisposeAsync().AsTask();
        await _firstStarted.Task.WaitAsync(Patience);
        Assert.False(disposing.IsCompleted); // it waits for the batch in flight
        _gate.SetResult();
        await disposing.WaitAsync(Patience);

        Assert.Equal(Enumerable.Range(1, 9).Select(i => i * 10), await Task.WhenAll(queued));
        Assert.Throws<InvalidOperationException>(() => { _ = batcher.EnqueueAsync(10); }); // refused at once, not later
    }

    [Fact]
    public async Task A_slow_batch_is_logged_as_a_warning_and_a_quick_one_is_not()
    {
        var logger = new WarningLog();
        await using (var batcher = Batcher(workers: 1, maxBatch: 100, async batch =>
        {
            if (batch[0].Item == 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(NaturalBatcher<int, int>.SlowBatchMilliseconds + 50));
            }

            foreach (var p in batch)
            {
                p.Complete(p.Item);
            }
        }, logger))
        {
            await batcher.EnqueueAsync(1).WaitAsync(Patience);
            await batcher.EnqueueAsync(2).WaitAsync(Patience);
        }

        var warning = Assert.Single(logger.Messages);
        Assert.Contains("A batch of 1 test items took", warning, StringComparison.Ordinal);
    }

    private NaturalBatcher<int, int> Batcher(int workers, int maxBatch, Func<IReadOnlyList<NaturalBatcher<int, int>.Pending>, Task> handle, ILogger? logger = null, Action? onBrokenConnection = null) =>
        new("test items", workers, maxBatch, handle, _meter.CreateHistogram<double>("duration"), _meter.CreateHistogram<int>("size"), logger ?? NullLogger.Instance, onBrokenConnection);

    /// <summary>Keeps the warnings logged to it.</summary>
    private sealed class WarningLog : ILogger
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                lock (Messages)
                {
                    Messages.Add(formatter(state, exception));
                }
            }
        }
    }

    /// <summary>Records the batch, holds the first batch until the test opens the gate, then answers item × 10.</summary>
    private async Task HoldFirstThenAnswerTimesTen(IReadOnlyList<NaturalBatcher<int, int>.Pending> batch)
    {
        bool first;
        lock (_batches)
        {
            first = _batches.Count == 0;
            _batches.Add([.. batch.Select(p => p.Item)]);
        }

        if (first)
        {
            _firstStarted.SetResult();
            await _gate.Task;
        }

        foreach (var p in batch)
        {
            p.Complete(p.Item * 10);
        }
    }

    private List<int[]> Batches()
    {
        lock (_batches)
        {
            return [.. _batches];
        }
    }
}
