namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>A version of the rules (规则集). Checks record the version they used.</summary>
internal sealed class RuleSet
{
    public int Version { get; set; }

    public RuleSetStatus Status { get; set; }

    /// <summary>When a published version takes effect.</summary>
    public DateTimeOffset? EffectiveAt { get; set; }

    public string? PublishedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public string Note { get; set; } = "";
}
