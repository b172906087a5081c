namespace Huzhou.Credit.Identity.Features;

/// <summary>
/// Free text typed into the public forms (organisation registration): refused when it carries characters no person
/// types and that make a stored value read differently from what it is — control characters (C0, DEL, C1), the
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the invisible direction marks
/// (U+200E, U+200F, U+061C), and lone surrogates.
/// </summary>
internal static class FormText
{
    /// <summary>Null when <paramref name="value"/> is acceptable; otherwise the Chinese reason naming <paramref name="field"/>.</summary>
    public static string? Problem(string field, string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            return $"{field}不能超过 {maxLength} 个字符。";
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < '\u0020' || c is >= '\u007F' and <= '\u009F')
            {
                return $"{field}含有不可见的控制字符，请删除后重新输入。";
            }

            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C')
            {
                return $"{field}含有文字方向控制字符，请删除后重新输入（可手工输入而不是粘贴）。";
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"{field}含有无效的字符，请检查后重新输入。";
            }
        }

        return null;
    }
}
