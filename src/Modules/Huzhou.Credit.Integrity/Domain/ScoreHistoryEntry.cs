namespace Huzhou.Credit.Integrity.Domain;

/// <summary>
/// A person's score and level from a day on: written when a computed score differs from the last entry (at most one
/// entry a day), so the citizen's page can draw how the score moved over the last twelve months.
/// </summary>
internal sealed class ScoreHistoryEntry
{
    public long SubjectId { get; set; }

    /// <summary>The Asia/Shanghai day the score took effect.</summary>
    public DateOnly RecordedOn { get; set; }

    public int Score { get; set; }

    public int Level { get; set; }

    public int ModelVersion { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
