namespace Huzhou.Credit.SharedKernel.Validation;

/// <summary>
/// Characters that text from outside (a form, a delivered file, an API body) may not carry: the C0 controls other than
/// tab and line breaks, DEL and the C1 controls — PostgreSQL refuses NUL, and the others forge lines in what staff read — and the
/// bidirectional formatting characters (embeddings, overrides, isolates, LRM/RLM/ALM), which make a name or a logged value
/// read differently from what was stored (“‮公司限有” shown as “有限公司”). No Chinese name, address or reference needs any
/// of them. Lone surrogates are refused where text goes to the database in a shared statement (<see cref="Refusal"/>).
/// </summary>
public static class UnsafeText
{
    /// <summary>The first refused character of <paramref name="text"/> (C0 control except tab/CR/LF, DEL, C1 control, bidi formatting), or -1.</summary>
    public static int IndexOfUnsafe(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c is not ('\t' or '\r' or '\n')) || c is >= '\u007F' and <= '\u009F' || IsBidiFormatting(c))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsClean(string? text) => text is null || IndexOfUnsafe(text) < 0;

    /// <summary>Bidirectional formatting: U+202A–U+202E (embeddings, overrides), U+2066–U+2069 (isolates), U+200E/U+200F (LRM/RLM), U+061C (ALM).</summary>
    public static bool IsBidiFormatting(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    /// <summary>Why <paramref name="text"/> is refused, in Chinese and naming <paramref name="field"/>; null when it is clean.</summary>
    public static string? Describe(string field, ReadOnlySpan<char> text)
    {
        var at = IndexOfUnsafe(text);
        if (at < 0)
        {
            return null;
        }

        var c = text[at];
        return IsBidiFormatting(c)
            ? $"{field}含有文字方向控制字符（U+{(int)c:X4}），请删除后重新输入。"
            : $"{field}含有不可见的控制字符（U+{(int)c:X4}），请删除后重新输入。";
    }

    /// <summary>
    /// Null when <paramref name="value"/> (null or empty included) may join a statement shared with other callers' items;
    /// otherwise why not: too long, a refused character, or a lone surrogate (which the driver cannot encode).
    /// </summary>
    public static string? Refusal(string field, string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            return $"{field} 不能超过{maxLength}个字符。";
        }

        var text = value.AsSpan();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u0020' || c is >= '\u007F' and <= '\u009F')
            {
                return $"{field} 含有控制字符（U+{(int)c:X4}），请删除后重试。";
            }

            if (IsBidiFormatting(c))
            {
                return $"{field} 含有文字方向控制字符（U+{(int)c:X4}），请删除后重试。";
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"{field} 含有无效的 Unicode 字符（不成对的代理项），请检查编码后重试。";
            }
        }

        return null;
    }
}
