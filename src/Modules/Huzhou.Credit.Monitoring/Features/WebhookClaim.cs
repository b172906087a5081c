namespace Huzhou.Credit.Monitoring.Features;

/// <summary>A delivery a worker has claimed (leased) for one attempt, with what it needs to send it.</summary>
internal sealed record WebhookClaim(long DeliveryId, long SubscriptionId, long? AlertId, string Event, int Attempts, DateTimeOffset CreatedAt, string Url, string ProtectedSecret);
