namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>One nightly snapshot.</summary>
/// <param name="TakenAt">When the job ran (UTC).</param>
/// <param name="Rows">One row per (kind, district) with at least one subject.</param>
public sealed record SubjectCountSnapshot(DateTimeOffset TakenAt, IReadOnlyList<SubjectCountRow> Rows);
