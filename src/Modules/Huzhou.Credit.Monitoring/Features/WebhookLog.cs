using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>A webhook's page: the subscription and its deliveries, newest first, with every attempt.</summary>
internal sealed record WebhookLog(WebhookSummary Summary, PagedList<WebhookDeliveryRow> Deliveries);
