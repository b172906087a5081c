using Huzhou.Credit.Monitoring.Features;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Models;

/// <summary>A webhook's page with its delivery log and, right after the secret was replaced, the new secret.</summary>
internal sealed record WebhookLogViewModel(WebhookLog Log, CreatedWebhook? Replaced);
