using System.Text;

namespace Huzhou.Credit.Collection.Parsing;

/// <summary>Small text helpers shared by the CSV and XLSX readers.</summary>
internal static class CellText
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>Trims white space (char.IsWhiteSpace covers the full-width space U+3000) and stray BOMs.</summary>
    public static ReadOnlySpan<char> Clean(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        while (trimmed.Length > 0 && (trimmed[0] == ByteOrderMark || char.IsWhiteSpace(trimmed[0])))
        {
            trimmed = trimmed[1..];
        }

        return trimmed;
    }

    public static string Clean(string text)
    {
        var cleaned = Clean(text.AsSpan());
        return cleaned.Length == text.Length ? text : cleaned.ToString();
    }

    public static void AppendCsvField(StringBuilder builder, ReadOnlySpan<char> field)
    {
        if (field.IndexOfAny(",\"\r\n") < 0)
        {
            builder.Append(field);
            return;
        }

        builder.Append('"');
        foreach (var c in field)
        {
            if (c == '"')
            {
                builder.Append('"');
            }

            builder.Append(c);
        }

        builder.Append('"');
    }

    /// <summary>Checks row 1: it must have at least one name and no name twice.</summary>
    public static IReadOnlyList<string> ValidateHeaders(List<string> headers)
    {
        // Excel often writes empty cells after the last real column (formatting, deleted columns).
        while (headers.Count > 0 && headers[^1].Length == 0)
        {
            headers.RemoveAt(headers.Count - 1);
        }

        if (headers.Count == 0)
        {
            throw new FileFormatException("文件没有表头：第一行应为列名（如“行政相对人名称”）。");
        }

        var duplicates = headers
            .Where(h => h.Length > 0)
            .GroupBy(h => h, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => "“" + g.Key + "”")
            .ToList();
        if (duplicates.Count > 0)
        {
            throw new FileFormatException($"表头中有重复的列名：{string.Join("、", duplicates)}。请删除或改名后重新上传。");
        }

        return headers.AsReadOnly();
    }
}
