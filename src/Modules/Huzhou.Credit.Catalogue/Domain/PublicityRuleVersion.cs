namespace Huzhou.Credit.Catalogue.Domain;

/// <summary>A publicity rule version (2019, 2023, 2025): which document, from when.</summary>
internal sealed class PublicityRuleVersion
{
    public long Id { get; set; }

    /// <summary><c>2019</c>, <c>2023</c>, <c>2025</c>.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string BasisDocument { get; set; } = "";

    public DateOnly EffectiveFrom { get; set; }
}
