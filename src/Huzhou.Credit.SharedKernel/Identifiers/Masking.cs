using System.Globalization;

namespace Huzhou.Credit.SharedKernel.Identifiers;

/// <summary>
/// Masks personal data for display outside authorised staff views. Every method copes with null, short and
/// malformed input, because it is applied to whatever a department delivered.
/// </summary>
public static class Masking
{
    private const char Mask = '*';

    /// <summary>
    /// An ID number as 330502********1234. Shorter or odd input keeps proportionally fewer characters;
    /// never more than 10 original characters are shown.
    /// </summary>
    public static string IdNumber(string? value) => KeepEnds(value, fullLength: 18, maxHead: 6, maxTail: 4);

    /// <summary>A mobile number as 138****5678; shorter numbers keep proportionally fewer digits.</summary>
    public static string Phone(string? value) => KeepEnds(value, fullLength: 11, maxHead: 3, maxTail: 4);

    /// <summary>
    /// A person's name as 张*明 (three or more characters: first and last kept) or 张* (two characters).
    /// Works on text elements, so rare characters outside the BMP count as one character. A one-character
    /// value is fully masked, since keeping it would show all of it.
    /// </summary>
    public static string PersonName(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var info = new StringInfo(value.Trim());
        var length = info.LengthInTextElements;
        return length switch
        {
            1 => Mask.ToString(),
            2 => info.SubstringByTextElements(0, 1) + Mask,
            _ => info.SubstringByTextElements(0, 1) + new string(Mask, length - 2) + info.SubstringByTextElements(length - 1, 1),
        };
    }

    // Input shorter than the canonical length keeps the same proportion of characters (rounded down),
    // so a truncated value never reveals more of itself than a complete one would.
    private static string KeepEnds(string? value, int fullLength, int maxHead, int maxTail)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var text = value.Trim();
        var head = Math.Min(maxHead, text.Length * maxHead / fullLength);
        var tail = Math.Min(maxTail, text.Length * maxTail / fullLength);
        return string.Create(text.Length, (text, head, tail), static (span, state) =>
        {
            var (source, keepHead, keepTail) = state;
            span.Fill(Mask);
            source.AsSpan(0, keepHead).CopyTo(span);
            source.AsSpan(source.Length - keepTail).CopyTo(span[(source.Length - keepTail)..]);
        });
    }
}
