
namespace Huzhou.Credit.Integrity.Domain;

/// <summary>A point event: a member scored (or lost) points under a rule on a day. Revoked with a reason, never deleted.</summary>
internal sealed class PointEvent
{
    public long Id { get; set; }

    public long SchemeId { get; set; }

    public long MemberId { get; set; }

    public long RuleId { get; set; }

    /// <summary>The rule's points when the event was recorded (a later change of the rule does not rewrite the past).</summary>
    public int Points { get; set; }

    public DateOnly OccurredOn { get; set; }

    public string? Note { get; set; }

    /// <summary>Who recorded it: a staff account name, or <c>credit-records</c> for the sync.</summary>
    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>For events from credit records: <c>R{recordId}</c>, so the sync never counts a record twice.</summary>
    public string? SourceKey { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public string? RevokeReason { get; set; }
}
