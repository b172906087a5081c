namespace Huzhou.Credit.Identity.Features;

/// <summary>The audit log page's filter: user, action (a prefix), subject and the instants the chosen days span.</summary>
internal sealed record AuditQuery(string? User, string? Action, long? SubjectId, DateTimeOffset? Start, DateTimeOffset? End, int Page);
