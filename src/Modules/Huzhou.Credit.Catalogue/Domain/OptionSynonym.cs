namespace Huzhou.Credit.Catalogue.Domain;

/// <summary>
/// Another text for an option of an enum or code-list field (an earlier standard's wording, another platform's
/// label). Applies to every version of the item that has the field; added without a new version; deactivated,
/// never deleted.
/// </summary>
internal sealed class OptionSynonym
{
    public long Id { get; set; }

    public string ItemCode { get; set; } = "";

    public string FieldKey { get; set; } = "";

    /// <summary>The option's code, or <see cref="Contracts.Catalogue.FieldOption.ByCreditCode"/> (the credit code decides).</summary>
    public string Code { get; set; } = "";

    /// <summary>The text as entered.</summary>
    public string Text { get; set; } = "";

    /// <summary><see cref="Contracts.Catalogue.OptionText.Normalise"/> of <see cref="Text"/>: unique per field among active rows.</summary>
    public string Normalised { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? DeactivatedAt { get; set; }

    public string? DeactivatedBy { get; set; }
}
