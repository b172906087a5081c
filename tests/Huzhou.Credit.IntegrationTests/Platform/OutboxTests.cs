using System.Collections.Concurrent;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>
/// The integration-event outbox against the real database: an event exists exactly when its transaction commits,
/// each handler gets a message once (inbox), a failing handler is retried later without re-running the others, and
/// two dispatchers at once never hand one message twice. The test event types are known only to the test's own
/// dispatcher, so the application's dispatcher leaves them alone (and the test leaves the application's alone).
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class OutboxTests(CreditAppFactory factory)
{
    [Fact]
    public async Task A_committed_event_reaches_every_handler_once_and_a_rolled_back_one_never()
    {
        var seen = new ConcurrentBag<(string Handler, long Id)>();
        var dispatcher = Dispatcher(
            Subscribe<CommitProbe>("first", m => seen.Add(("first", m.SubjectIds[0]))),
            Subscribe<CommitProbe>("second", m => seen.Add(("second", m.SubjectIds[0]))));

        await using (var connection = await factory.Database.OpenConnectionAsync())
        {
            await using (var committed = await connection.BeginTransactionAsync())
            {
                await Outbox.WriteAsync(connection, committed, [new CommitProbe([1]), new CommitProbe([2])], CancellationToken.None);
                await committed.CommitAsync();
            }

            await using var rolledBack = await connection.BeginTransactionAsync();
            await Outbox.WriteAsync(connection, rolledBack, [new CommitProbe([3])], CancellationToken.None);
            await rolledBack.RollbackAsync();
        }

        Assert.Equal(2, await dispatcher.DispatchPendingAsync());
        Assert.Equal(0, await dispatcher.DispatchPendingAsync());

        Assert.Equal([("first", 1L), ("first", 2L), ("second", 1L), ("second", 2L)], seen.OrderBy(s => s.Handler).ThenBy(s => s.Id));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.outbox_messages WHERE event_type = $1 AND dispatched_at IS NULL", CommitProbe.EventType));
    }

    [Fact]
    public async Task A_failing_handler_is_retried_later_without_running_the_handler_that_succeeded_again()
    {
        var good = 0;
        var bad = 0;
        var dispatcher = Dispatcher(
            Subscribe<RetryProbe>("good", _ => Interlocked.Increment(ref good)),
            Subscribe<RetryProbe>("flaky", _ =>
            {
                if (Interlocked.Increment(ref bad) == 1)
                {
                    throw new InvalidOperationException("下游暂不可用");
                }
            }));
        await WriteCommittedAsync(new RetryProbe([7]));

        await dispatcher.DispatchPendingAsync();

        Assert.Equal((1, 1), (good, bad));
        Assert.Equal(1, await factory.Database.ScalarAsync<int>("SELECT attempts FROM credit.outbox_messages WHERE event_type = $1", RetryProbe.EventType));
        Assert.Contains("下游暂不可用", await factory.Database.ScalarAsync<string>("SELECT last_error FROM credit.outbox_messages WHERE event_type = $1", RetryProbe.EventType), StringComparison.Ordinal);
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT next_attempt_at > now() FROM credit.outbox_messages WHERE event_type = $1", RetryProbe.EventType));
        // Not due yet: nothing happens.
        Assert.Equal(0, await dispatcher.DispatchPendingAsync());

        await factory.Database.ExecuteAsync("UPDATE credit.outbox_messages SET next_attempt_at = now() - interval '1 second' WHERE event_type = $1", RetryProbe.EventType);
        Assert.Equal(1, await dispatcher.DispatchPendingAsync());

        Assert.Equal((1, 2), (good, bad));
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT dispatched_at IS NOT NULL AND last_error IS NULL FROM credit.outbox_messages WHERE event_type = $1", RetryProbe.EventType));
    }

    [Fact]
    public async Task Two_dispatchers_at_once_hand_each_message_to_a_handler_only_once()
    {
        var handled = new ConcurrentDictionary<long, int>();
        Task Slow(ConcurrencyProbe m)
        {
            handled.AddOrUpdate(m.SubjectIds[0], 1, (_, n) => n + 1);
            return Task.Delay(5);
        }

        var subscription = new IntegrationEventSubscription(ConcurrencyProbe.EventType, typeof(ConcurrencyProbe), typeof(ConcurrencyProbe), (_, m, _) => Slow((ConcurrencyProbe)m));
        await WriteCommittedAsync([.. Enumerable.Range(1, 60).Select(i => new ConcurrencyProbe([i]))]);

        var a = Dispatcher(subscription);
        var b = Dispatcher(subscription);
        var counts = await Task.WhenAll(a.DispatchPendingAsync(), b.DispatchPendingAsync());

        Assert.Equal(60, counts.Sum());
        Assert.Equal(60, handled.Count);
        Assert.All(handled.Values, n => Assert.Equal(1, n));
    }

    private OutboxDispatcher Dispatcher(params IntegrationEventSubscription[] subscriptions) =>
        new(factory.Database, factory.Services.GetRequiredService<IServiceScopeFactory>(), subscriptions, NullLogger<OutboxDispatcher>.Instance);

    /// <summary>A subscription whose handler name is <paramref name="name"/> (the inbox tells handlers apart by it).</summary>
    private static IntegrationEventSubscription Subscribe<T>(string name, Action<T> handle)
        where T : IIntegrationEvent =>
        new(T.EventType, typeof(T), name == "first" || name == "good" ? typeof(FirstHandler) : typeof(SecondHandler), (_, m, _) =>
        {
            handle((T)m);
            return Task.CompletedTask;
        });

    private async Task WriteCommittedAsync<T>(params T[] events)
        where T : IIntegrationEvent
    {
        await using var connection = await factory.Database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await Outbox.WriteAsync(connection, transaction, events, CancellationToken.None);
        await transaction.CommitAsync();
    }

    public sealed record CommitProbe(long[] SubjectIds) : IIntegrationEvent
    {
        public static string EventType => "tests.outbox-commit";
    }

    public sealed record RetryProbe(long[] SubjectIds) : IIntegrationEvent
    {
        public static string EventType => "tests.outbox-retry";
    }

    public sealed record ConcurrencyProbe(long[] SubjectIds) : IIntegrationEvent
    {
        public static string EventType => "tests.outbox-concurrency";
    }

    private sealed class FirstHandler;

    private sealed class SecondHandler;
}
