using Huzhou.Credit.SharedKernel.Security;

namespace Huzhou.Credit.SharedKernel.Identifiers;

/// <summary>
/// The one reading of a code that names a subject, as a caller, a form or a file gives it: the kind, the normalised
/// code (trimmed, full-width to half-width, upper case: <see cref="IdentifierText.Normalise"/>) and, for a person, the
/// blind index the registry finds it by. A check character that does not match is a warning (<see cref="HasWarnings"/>),
/// not an error, as in <see cref="UnifiedSocialCreditCode.TryParse(string?)"/> and <see cref="ResidentIdNumber.TryParse(string?)"/>.
/// An 18-digit code can read both ways (the registry keeps such a person and organisation apart): then
/// <see cref="Kind"/> is <see cref="SubjectCodeKind.IdNumber"/> (the person first) and <see cref="IsCreditCode"/> is true too.
/// A value type that allocates nothing for a well-formed code already in normal form unless it is an ID number.
/// </summary>
public readonly struct SubjectCode
{
    private readonly string? _text;

    private SubjectCode(string text, ResidentIdNumber? idNumber, bool isCreditCode, bool hasWarnings)
    {
        _text = text;
        IdNumber = idNumber;
        IsCreditCode = isCreditCode;
        HasWarnings = hasWarnings;
    }

    /// <summary>The normalised code ("" for no input); for an ID number this is the full number: never log or show it.</summary>
    public string Text => _text ?? "";

    /// <summary>How the code reads: an ID number first, else a credit code, else <see cref="SubjectCodeKind.None"/>.</summary>
    public SubjectCodeKind Kind => IdNumber is not null ? SubjectCodeKind.IdNumber : IsCreditCode ? SubjectCodeKind.CreditCode : SubjectCodeKind.None;

    /// <summary>True when the code reads as a credit code or an ID number.</summary>
    public bool IsValid => IdNumber is not null || IsCreditCode;

    /// <summary>The ID number the code reads as, or null.</summary>
    public ResidentIdNumber? IdNumber { get; }

    /// <summary>True when the code reads as a credit code (also when it reads as an ID number as well).</summary>
    public bool IsCreditCode { get; }

    /// <summary>The normalised credit code when the code reads as one, else null.</summary>
    public string? CreditCode => IsCreditCode ? Text : null;

    /// <summary>A check character of the reading <see cref="Kind"/> names does not match (a credit-office user may accept it).</summary>
    public bool HasWarnings { get; }

    /// <summary>The blind index of the ID number (HMAC with the registry's key), or null when the code is not one.</summary>
    public byte[]? BlindIndex(PersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(protector);
        return IdNumber is null ? null : protector.BlindIndex(IdNumber.Value);
    }

    /// <summary>Reads <paramref name="input"/> both ways: as an ID number and as a credit code.</summary>
    public static SubjectCode Parse(string? input) => Parse(input, readIdNumber: true, readCreditCode: true);

    /// <summary>Reads <paramref name="input"/> only as a credit code (a field whose kind the catalogue fixes).</summary>
    public static SubjectCode ParseCreditCode(string? input) => Parse(input, readIdNumber: false, readCreditCode: true);

    /// <summary>Reads <paramref name="input"/> only as an ID number (a field whose kind the catalogue fixes).</summary>
    public static SubjectCode ParseIdNumber(string? input) => Parse(input, readIdNumber: true, readCreditCode: false);

    private static SubjectCode Parse(string? input, bool readIdNumber, bool readCreditCode)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return default;
        }

        var text = IdentifierText.Normalise(input);
        // Both identifiers have 18 characters; anything else is neither, without asking the parsers (and their messages).
        if (text.Length != ResidentIdNumber.Length)
        {
            return new SubjectCode(text, null, false, false);
        }

        ResidentIdNumber? id = null;
        var idWarning = false;
        if (readIdNumber && MayBeIdNumber(text))
        {
            var parsed = ResidentIdNumber.TryParse(text);
            id = parsed.Value;
            idWarning = id is not null && parsed.HasWarnings;
        }

        var isCreditCode = false;
        var creditWarning = false;
        if (readCreditCode)
        {
            if (UnifiedSocialCreditCode.IsNormalisedAndValid(text))
            {
                isCreditCode = true;
            }
            else
            {
                var parsed = UnifiedSocialCreditCode.TryParse(text);
                isCreditCode = parsed.Succeeded;
                creditWarning = isCreditCode && parsed.HasWarnings;
            }
        }

        return new SubjectCode(text, id, isCreditCode, id is not null ? idWarning : creditWarning);
    }

    /// <summary>17 digits, a digit or X, a province: what <see cref="ResidentIdNumber.TryParse(string?)"/> checks before the date.</summary>
    private static bool MayBeIdNumber(string text)
    {
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return (char.IsAsciiDigit(text[17]) || text[17] == 'X') && ProvinceCodes.IsValid(text[0], text[1]);
    }
}
