namespace Huzhou.Credit.Monitoring.Features;

/// <summary>A choice of what a webhook covers, for the form: its value (see <see cref="WebhookSubscriptionInput.Target"/>) and its Chinese label.</summary>
internal sealed record WebhookTarget(string Value, string Label, string Owner, long? WatchListId, long? SetWatchId);
