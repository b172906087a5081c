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
