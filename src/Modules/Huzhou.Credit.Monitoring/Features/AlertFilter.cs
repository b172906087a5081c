namespace Huzhou.Credit.Monitoring.Features;

/// <summary>The inbox's filters: unread only, serious only, open (not acknowledged) only; the page.</summary>
internal sealed record AlertFilter(bool Unread, bool Serious, bool Open, int Page = 1, bool Escalated = false);
