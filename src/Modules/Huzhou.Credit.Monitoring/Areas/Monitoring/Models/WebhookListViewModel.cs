using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Features;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Models;

/// <summary>The webhooks page: the department's webhooks, the form's choices and, right after creating one, its secret.</summary>
internal sealed record WebhookListViewModel(IReadOnlyList<WebhookSummary> Webhooks, IReadOnlyList<WebhookTarget> Targets, IReadOnlyList<AlertTrigger> Triggers, CreatedWebhook? Created);
