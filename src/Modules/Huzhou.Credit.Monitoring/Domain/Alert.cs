namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>
/// One alert: unique per (<see cref="Owner"/>, <see cref="SubjectId"/>, <see cref="Trigger"/>, <see cref="FactKey"/>), so a
/// redelivered event adds nothing. Alerts of a set watch grouped into a summary keep their row with
/// <see cref="SummaryId"/> (they stay the deduplication key) and are shown only through the summary.
/// </summary>
internal sealed class Alert
{
    public long Id { get; set; }

    public string Owner { get; set; } = "";

    public long WatchListId { get; set; }

    public long? SetWatchId { get; set; }

    /// <summary>The subject; 0 for a summary.</summary>
    public long SubjectId { get; set; }

    public string SubjectName { get; set; } = "";

    /// <summary>The credit code, or a person's masked ID number.</summary>
    public string SubjectCode { get; set; } = "";

    public bool IsPerson { get; set; }

    public string DistrictCode { get; set; } = "";

    public AlertTrigger Trigger { get; set; }

    public string FactKey { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Detail { get; set; }

    public bool Serious { get; set; }

    public AlertLink Link { get; set; }

    public long? LinkId { get; set; }

    public string? LinkCode { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public long? SummaryId { get; set; }

    /// <summary>For a summary: how many subjects it stands for.</summary>
    public int SubjectCount { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public string? ReadBy { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public string? AcknowledgeNote { get; set; }

    public string? AssignedTo { get; set; }

    public DateTimeOffset? MailedAt { get; set; }

    /// <summary>When the escalation job escalated the serious alert left unacknowledged (once).</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>The owner key it was escalated to (<c>r:</c> + department for its reviewers, <c>c:</c> + district for a credit office), who then sees it too.</summary>
    public string? EscalatedTo { get; set; }
}
