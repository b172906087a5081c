namespace Huzhou.Credit.Identity.Domain;

/// <summary>One row of the append-only audit log; a database trigger refuses UPDATE and DELETE.</summary>
internal sealed class AuditRecord
{
    public long Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public long? UserId { get; set; }

    public string UserName { get; set; } = "";

    public string Action { get; set; } = "";

    public string Module { get; set; } = "";

    public long? SubjectId { get; set; }

    public string? Purpose { get; set; }

    public string? Detail { get; set; }

    public string? IpAddress { get; set; }
}
