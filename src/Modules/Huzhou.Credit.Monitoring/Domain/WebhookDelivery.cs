namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>
/// One event for one subscription, queued in the alert's transaction (or by 发送测试事件). Its <see cref="Id"/> is the
/// <c>X-Credit-Delivery</c> header, the same on every attempt, so the receiver can drop a repeat. A worker claims it with
/// a lease (<see cref="LockedUntil"/>): a process that dies after the claim leaves the row as it was, and the next worker
/// sends it when the lease has passed.
/// </summary>
internal sealed class WebhookDelivery
{
    public long Id { get; set; }

    public long SubscriptionId { get; set; }

    /// <summary>The alert; null for a test event.</summary>
    public long? AlertId { get; set; }

    /// <summary><c>alert.created</c> or <c>ping</c>.</summary>
    public string Event { get; set; } = "";

    public WebhookDeliveryStatus Status { get; set; }

    /// <summary>Attempts since it was queued (or sent again by hand): decides the next wait.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public int? LastStatusCode { get; set; }
}
