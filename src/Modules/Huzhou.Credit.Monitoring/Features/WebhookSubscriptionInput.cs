namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// A new webhook as typed: a name, the receiver's address, what it covers (<see cref="Target"/>: an owner key <c>d:…</c> /
/// <c>c:…</c> for all of that inbox's alerts, <c>l:</c> + a watch list id, <c>s:</c> + a set watch id) and the triggers
/// (none ticked: every trigger).
/// </summary>
internal sealed record WebhookSubscriptionInput(string? Name, string? Url, string? Target, IReadOnlyList<short>? Triggers);
