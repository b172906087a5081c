namespace Huzhou.Credit.SharedKernel.Identifiers;

/// <summary>
/// The only normalisation identifiers get: trimming, full-width ASCII to half-width (Chinese input
/// methods produce ０-９ and Ａ-Ｚ) and ASCII upper case. These never change what the code means; any
/// other "fix" would hide a data-quality problem.
/// </summary>
internal static class IdentifierText
{
    public static string Normalise(string input)
    {
        var trimmed = input.Trim();
        var needsWork = false;
        foreach (var c in trimmed)
        {
            if (c is (>= 'a' and <= 'z') or (>= '\uFF01' and <= '\uFF5E'))
            {
                needsWork = true;
                break;
            }
        }

        if (!needsWork)
        {
            return trimmed;
        }

        return string.Create(trimmed.Length, trimmed, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                if (c is >= '\uFF01' and <= '\uFF5E')
                {
                    c = (char)(c - 0xFEE0);
                }

                if (c is >= 'a' and <= 'z')
                {
                    c = (char)(c - 32);
                }

                span[i] = c;
            }
        });
    }

    /// <summary>Renders a character for a message, so control characters and spaces stay visible.</summary>
    public static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}" : c.ToString();
}

/// <summary>Province-level codes of GB/T 2260 (including 71 Taiwan, 81 Hong Kong, 82 Macao).</summary>
internal static class ProvinceCodes
{
    public static bool IsValid(int code) => code is
        (>= 11 and <= 15) or (>= 21 and <= 23) or (>= 31 and <= 37) or (>= 41 and <= 46)
        or (>= 50 and <= 54) or (>= 61 and <= 65) or 71 or 81 or 82;

    public static bool IsValid(char first, char second) =>
        char.IsAsciiDigit(first) && char.IsAsciiDigit(second) && IsValid(((first - '0') * 10) + (second - '0'));
}
