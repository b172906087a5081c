namespace Huzhou.Credit.Integrity.Domain;

/// <summary>
/// A person's score as last computed, kept so the citizen's page and the code read it in one lookup. Marked stale when
/// the person's records change; the nightly job recomputes stale scores and those of an earlier day (records age out
/// of the three years).
/// </summary>
internal sealed class StoredPersonalScore
{
    public long SubjectId { get; set; }

    public int Score { get; set; }

    public int Level { get; set; }

    public int ModelVersion { get; set; }

    /// <summary>The explanation lines (JSON array of <see cref="ScoreLine"/>).</summary>
    public string Explanation { get; set; } = "[]";

    public decimal Adjustment { get; set; }

    public DateOnly ComputedOn { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    public bool Stale { get; set; }
}
