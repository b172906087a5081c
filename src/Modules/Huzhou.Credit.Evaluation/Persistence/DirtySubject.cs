namespace Huzhou.Credit.Evaluation.Persistence;

/// <summary>A subject whose inputs changed since the last incremental run (filled from the Subjects and Lists events).</summary>
internal sealed class DirtySubject
{
    public long SubjectId { get; set; }

    public DateTimeOffset MarkedAt { get; set; }
}
