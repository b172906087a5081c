namespace Huzhou.Credit.Evaluation.Domain;

/// <summary>
/// A scoring run, its checkpoint and its progress. A full run walks the record buckets in order and then the members
/// without records (<see cref="BucketsDone"/> = bucket count + 1 when done); it keeps its day (<see cref="AsOf"/>) so a
/// resumed run scores exactly as an uninterrupted one would.
/// </summary>
internal sealed class EvaluationRun
{
    public long Id { get; set; }

    public RunKind Kind { get; set; }

    /// <summary>Fields the run scores; empty: every field with a published model.</summary>
    public string[] FieldCodes { get; set; } = [];

    public DateOnly AsOf { get; set; }

    public RunStatus Status { get; set; }

    public int BucketsDone { get; set; }

    public int BucketTotal { get; set; }

    public long SubjectsScored { get; set; }

    /// <summary>The results a full run will write (each member once per field it belongs to), known once the members are read; 0 before.</summary>
    public long ResultsTotal { get; set; }

    public long GradesChanged { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public string StartedBy { get; set; } = "";

    public DateTimeOffset? FinishedAt { get; set; }

    public string? Error { get; set; }
}
