namespace Huzhou.Credit.Catalogue.Domain;

/// <summary>A catalogue item (目录信息项): its stable code and which version is current. Retired, never deleted.</summary>
internal sealed class CatalogueItem
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    /// <summary>The current version's name, kept here for lists and uniqueness checks.</summary>
    public string Name { get; set; } = "";

    public int CurrentVersion { get; set; }

    public bool IsRetired { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }

    public string? RetiredBy { get; set; }

    public string? RetiredReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}
