namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>One field of an item's schema.</summary>
/// <param name="Key">Stable key used in payloads; for the double-publicity items it is the standard Chinese column name.</param>
/// <param name="Label">The Chinese label shown on screen and accepted as a file header.</param>
/// <param name="Type">The field type.</param>
/// <param name="Required">Whether a value is required.</param>
/// <param name="MaxLength">Maximum length of the text, when limited.</param>
/// <param name="Pattern">A regular expression the text must match, when given.</param>
/// <param name="Options">The allowed values of enum and code-list fields.</param>
/// <param name="IsPersonalData">Personal data: masked outside authorised staff views, never logged.</param>
/// <param name="IsPublic">Whether the field is shown in public views.</param>
/// <param name="Minimum">Decimal fields: the smallest value allowed (money amounts: 0), when limited.</param>
/// <param name="Maximum">Decimal fields: the largest value allowed, when limited.</param>
/// <param name="Unit">
/// Decimal fields: the column's unit (e.g. 万元). A value written with this unit after the number (“2万元”) is read
/// as the number; a value with another unit (“20000元”) is refused with a reason naming this one.
/// </param>
/// <param name="OpenEnded">
/// Date fields: the field may say the period has no end (长期, 永久, 长期有效, 无固定期限); stored as
/// <see cref="OpenEndedDate.Value"/>.
/// </param>
public sealed record CatalogueField(
    string Key,
    string Label,
    FieldType Type,
    bool Required,
    int? MaxLength,
    string? Pattern,
    IReadOnlyList<FieldOption> Options,
    bool IsPersonalData,
    bool IsPublic,
    decimal? Minimum = null,
    decimal? Maximum = null,
    string? Unit = null,
    bool OpenEnded = false);
