namespace Huzhou.Credit.Evaluation.Domain;

/// <summary>A subject's latest result in one field, with the model version and the breakdown that explain it.</summary>
internal sealed class EvaluationResult
{
    public string FieldCode { get; set; } = "";

    public long SubjectId { get; set; }

    public int ModelVersion { get; set; }

    public decimal Score { get; set; }

    public string Grade { get; set; } = "";

    /// <summary>Points per indicator of the model version, in its order.</summary>
    public decimal[] Points { get; set; } = [];

    /// <summary>The fact each indicator read (see <see cref="SubjectScore.Facts"/>).</summary>
    public decimal[] Facts { get; set; } = [];

    public int[] Counts { get; set; } = [];

    public decimal Adjustment { get; set; }

    // The organisation as it was registered when scored, so lists and exports need no second module.
    public string SubjectName { get; set; } = "";

    public string SubjectCode { get; set; } = "";

    public string DistrictCode { get; set; } = "";

    public DateOnly AsOf { get; set; }

    public DateTimeOffset EvaluatedAt { get; set; }

    public long RunId { get; set; }
}

/// <summary>A grade that changed (or was given for the first time, or withdrawn when the subject left the field).</summary>
internal sealed class GradeChange
{
    public long Id { get; set; }

    public string FieldCode { get; set; } = "";

    public long SubjectId { get; set; }

    public string? OldGrade { get; set; }

    public string? NewGrade { get; set; }

    public decimal? OldScore { get; set; }

    public decimal? NewScore { get; set; }

    public int? ModelVersion { get; set; }

    public long RunId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}

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

    public long GradesChanged { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public string StartedBy { get; set; } = "";

    public DateTimeOffset? FinishedAt { get; set; }

    public string? Error { get; set; }
}

internal enum RunKind : short
{
    Full = 1,
    Incremental = 2,
}

internal enum RunStatus : short
{
    Queued = 1,
    Running = 2,
    Finished = 3,
    Failed = 4,
}

internal static class RunNames
{
    public static string Kind(RunKind kind) => kind == RunKind.Full ? "全量重评" : "增量评价";

    public static string Status(RunStatus status) => status switch
    {
        RunStatus.Queued => "排队中",
        RunStatus.Running => "进行中",
        RunStatus.Finished => "已完成",
        RunStatus.Failed => "失败（可续跑）",
        _ => status.ToString(),
    };
}
