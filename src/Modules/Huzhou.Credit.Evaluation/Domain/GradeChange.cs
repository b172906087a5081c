namespace Huzhou.Credit.Evaluation.Domain;

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
