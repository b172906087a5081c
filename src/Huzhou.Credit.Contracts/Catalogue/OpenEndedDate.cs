namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>The words a validity or end-date column uses for “no end”, and the value such a field is stored as.</summary>
public static class OpenEndedDate
{
    /// <summary>The normalised value of an open-ended date field: 长期.</summary>
    public const string Value = "长期";

    /// <summary>What departments write for “no end date”.</summary>
    public static IReadOnlyList<string> Words { get; } = ["长期", "永久", "长期有效", "无固定期限", "永久有效", "无期限"];

    /// <summary>True when the text (trimmed) is one of <see cref="Words"/>.</summary>
    public static bool IsOpenEnded(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        foreach (var word in Words)
        {
            if (text.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
