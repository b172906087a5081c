namespace Huzhou.Credit.SharedKernel.Identifiers;

/// <summary>
/// Stable issue codes. Stored with accepted warnings and used by importers and tests, so existing values
/// must not change.
/// </summary>
public static class IdentifierIssueCodes
{
    /// <summary>Nothing was entered.</summary>
    public const string Empty = "identifier.empty";

    /// <summary>Wrong number of characters.</summary>
    public const string Length = "identifier.length";

    /// <summary>A character outside the identifier's alphabet.</summary>
    public const string Alphabet = "identifier.alphabet";

    /// <summary>The first two characters of a credit code are not a known registration prefix.</summary>
    public const string Prefix = "identifier.prefix";

    /// <summary>The final check character does not match the computed one (a warning).</summary>
    public const string CheckCharacter = "identifier.check-character";

    /// <summary>The check character of the organisation code embedded in a credit code does not match (a warning).</summary>
    public const string OrganisationCodeCheck = "identifier.organisation-code-check";

    /// <summary>An old 15-digit resident ID number, which the platform does not accept.</summary>
    public const string LegacyFifteenDigit = "identifier.legacy-15-digit";

    /// <summary>The address code of a resident ID number does not name a province-level division.</summary>
    public const string AddressCode = "identifier.address-code";

    /// <summary>The birth date of a resident ID number is not a real, plausible date.</summary>
    public const string BirthDate = "identifier.birth-date";
}
