namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// Text a business system sends to the check API, checked before the check joins a batch shared with other clients'
/// checks (the check log's group commit, the grouped credit-status lookups). PostgreSQL refuses a NUL in text and the
/// driver a lone surrogate, and either failed the whole shared statement — every check grouped with it answered 500
/// (issue #23). Refused too: the other C0 controls and DEL (line breaks and tabs have no place in a code, a matter or
/// a reference, and they forge lines in what staff read), and the bidirectional overrides and isolates, which make a
/// logged value read differently from what was sent.
/// </summary>
internal static class CallerText
{
    /// <summary>
    /// Null when <paramref name="value"/> (null or empty included) may be used; otherwise why not, in Chinese, naming
    /// <paramref name="field"/>. Allocates nothing for an acceptable value.
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
            if (c < '\u0020' || c == '\u007F')
            {
                return $"{field} 含有控制字符（U+{(int)c:X4}），请删除后重试。";
            }

            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
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
