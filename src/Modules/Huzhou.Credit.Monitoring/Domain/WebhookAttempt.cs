namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>One POST of a delivery: when, the answer's status code (null when none came), how long, and a short excerpt of the error or the answer.</summary>
internal sealed class WebhookAttempt
{
    public long Id { get; set; }

    public long DeliveryId { get; set; }

    public long SubscriptionId { get; set; }

    public DateTimeOffset AttemptedAt { get; set; }

    public int? StatusCode { get; set; }

    public int DurationMs { get; set; }

    public bool Succeeded { get; set; }

    /// <summary>At most <see cref="Features.WebhookOptions.ExcerptLength"/> characters: the error, or the start of the answer's body.</summary>
    public string? Excerpt { get; set; }
}
