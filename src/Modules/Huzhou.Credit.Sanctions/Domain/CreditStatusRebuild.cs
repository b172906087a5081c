namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>A full rebuild of the credit status, resumable from <see cref="LastSubjectId"/>.</summary>
internal sealed class CreditStatusRebuild
{
    public long Id { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public string StartedBy { get; set; } = "";

    /// <summary>The checkpoint: every subject up to this id is done.</summary>
    public long LastSubjectId { get; set; }

    public long Subjects { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
