namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>Where a webhook delivery stands (stored as smallint).</summary>
internal enum WebhookDeliveryStatus : short
{
    /// <summary>待发送: queued or waiting for its next attempt.</summary>
    Pending = 0,

    /// <summary>已送达: the receiver answered 2xx.</summary>
    Delivered = 1,

    /// <summary>发送失败: every attempt of the schedule failed, or the receiver answered 410.</summary>
    Failed = 2,
}
