namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>How option texts are compared: full-width letters and digits as half-width, no spaces, upper case.</summary>
public static class OptionText
{
    /// <summary>The comparable form of a delivered text or a synonym.</summary>
    public static string Normalise(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var ch = c switch
            {
                '\u3000' => ' ',
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                _ => c,
            };
            if (char.IsWhiteSpace(ch) || ch is '\u200B' or '\uFEFF')
            {
                continue;
            }

            buffer[length++] = char.ToUpperInvariant(ch);
        }

        return new string(buffer[..length]);
    }
}
