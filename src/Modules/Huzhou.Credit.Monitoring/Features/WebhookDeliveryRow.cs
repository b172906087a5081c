using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>A delivery on the log page with the alert's title (null for a test event) and its attempts, oldest first.</summary>
internal sealed record WebhookDeliveryRow(WebhookDelivery Delivery, string? AlertTitle, IReadOnlyList<WebhookAttempt> Attempts);
