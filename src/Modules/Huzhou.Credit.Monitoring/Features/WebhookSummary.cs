using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>A webhook as listed: what it covers, its state and its deliveries by status.</summary>
internal sealed record WebhookSummary(WebhookSubscription Subscription, string TargetLabel, string TriggerLabel, int Pending, int Delivered, int Failed);
