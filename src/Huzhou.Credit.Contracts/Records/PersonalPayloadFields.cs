using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.Contracts.Records;

/// <summary>
/// Personal fields of a record's payload (ADR 0015): a payload holds their <see cref="Mask">masked</see> form only; the
/// clear values travel with the row as <see cref="IncomingCreditRecord.PersonalJson"/> and the record store keeps them
/// AES-256-GCM encrypted beside the payload (<c>credit_records.personal</c>). The subject's own ID-number field is the
/// exception: masked in the payload, its full value lives encrypted in the subject registry (ADR 0005), so it is not
/// encrypted a second time.
/// </summary>
public static class PersonalPayloadFields
{
    /// <summary>The character masked values are made of; a value that contains it is taken as masked already.</summary>
    public const char MaskCharacter = '*';

    /// <summary>Whether a field's values are personal: flagged personal in the catalogue, or an ID number.</summary>
    public static bool IsPersonal(CatalogueField field) => field.IsPersonalData || field.Type == FieldType.IdNumber;

    /// <summary>
    /// Whether the clear value of the field at <paramref name="index"/> is kept encrypted in the record: a personal field
    /// other than the item's subject ID-number field (that number is encrypted in the registry).
    /// </summary>
    public static bool IsEncrypted(CatalogueItemVersion item, int index) =>
        IsPersonal(item.Fields[index]) && !string.Equals(item.Fields[index].Key, item.Keys.SubjectIdNumberField, StringComparison.Ordinal);

    /// <summary>
    /// The masked form shown in place of a personal value: an ID-number field, or any value that reads as a resident ID
    /// number, as 330502********1234; anything else (a name, a passport number) as a name is masked (张*明, E*******8).
    /// </summary>
    public static string Mask(CatalogueField field, string value)
    {
        if (field.Type == FieldType.IdNumber || LooksLikeResidentId(value))
        {
            return Masking.IdNumber(value);
        }

        return Masking.PersonName(value);
    }

    /// <summary>True when a stored value is a masked form (it holds <see cref="MaskCharacter"/>), not a clear value.</summary>
    public static bool IsMasked(string value) => value.Contains(MaskCharacter, StringComparison.Ordinal);

    /// <summary>
    /// Whether a text has the shape of a resident ID number (18 characters: 17 digits, then a digit or X), which is masked as
    /// one. A shape test, not a parse: it runs for every personal value of every delivered row.
    /// </summary>
    public static bool LooksLikeResidentId(string value)
    {
        var text = value.AsSpan().Trim();
        return text.Length == 18 && !text[..17].ContainsAnyExceptInRange('0', '9') && (char.IsAsciiDigit(text[17]) || text[17] is 'X' or 'x');
    }
}
