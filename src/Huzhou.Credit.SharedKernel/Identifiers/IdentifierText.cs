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
