namespace Huzhou.Credit.SharedKernel.Events;

/// <summary>The outbox at a glance.</summary>
/// <param name="Pending">Messages not yet dispatched.</param>
/// <param name="Failing">Of those, messages whose handler failed at least once (retried with a growing delay).</param>
/// <param name="OldestPending">When the oldest pending message was written.</param>
/// <param name="LastError">The latest failing message's error.</param>
/// <param name="DispatchedLastDay">Messages dispatched in the last 24 hours.</param>
public sealed record OutboxStatus(long Pending, long Failing, DateTimeOffset? OldestPending, string? LastError, long DispatchedLastDay);
