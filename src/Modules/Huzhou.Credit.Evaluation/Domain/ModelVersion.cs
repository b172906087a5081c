namespace Huzhou.Credit.Evaluation.Domain;

/// <summary>One version of a field's grading model; published versions are immutable and the newest published one is in use.</summary>
internal sealed class ModelVersion
{
    public long Id { get; set; }

    public string FieldCode { get; set; } = "";

    public int Version { get; set; }

    public ModelStatus Status { get; set; }

    /// <summary>The <see cref="ModelDefinition"/> as JSON.</summary>
    public string Definition { get; set; } = "";

    public string Note { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }
}
