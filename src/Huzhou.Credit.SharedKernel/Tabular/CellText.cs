using System.Text;

namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>Small text helpers of the CSV and XLSX readers, and for the modules that match headers and write CSV reports.</summary>
public static class CellText
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

    /// <summary>
    /// A header as it is compared with a column name: half-width brackets, no spaces of any width, no BOM
    /// (行政相对人代码_1（统一社会信用代码） and 行政相对人代码_1 (统一社会信用代码) compare equal).
    /// </summary>
    public static string NormaliseHeader(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            var ch = c switch
            {
                '（' => '(',
                '）' => ')',
                _ => c,
            };
            if (!char.IsWhiteSpace(ch) && ch != ByteOrderMark)
            {
                chars[n++] = ch;
            }
        }

        return new string(chars, 0, n);
    }

    /// <summary>
    /// A cell text as the platform's writers put it into a file a person opens in a spreadsheet: a text that begins
    /// with <c>= + - @</c>, a tab or a carriage return gets a leading <c>'</c>, so Excel and WPS show it as text and
    /// never evaluate it as a formula (CSV/formula injection, OWASP). Readers give the <c>'</c> back as part of the
    /// text; a negative number written this way is therefore text, which exports of department data accept.
    /// </summary>
    public static string? NeutraliseFormula(string? value) =>
        value is { Length: > 0 } && IsFormulaTrigger(value[0]) ? "'" + value : value;

    /// <summary>
    /// Text from a delivered file made safe to store and show: control characters (NUL, which PostgreSQL refuses in
    /// text and jsonb, and the other C0 controls; tab and line breaks too when <paramref name="keepLineBreaks"/> is
    /// false) become U+FFFD, and the text is cut at <paramref name="maxLength"/> characters.
    /// </summary>
    public static string Printable(string text, int maxLength = int.MaxValue, bool keepLineBreaks = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cut = text.Length > maxLength ? text[..maxLength] : text;
        foreach (var c in cut)
        {
            if (IsControl(c, keepLineBreaks))
            {
                return string.Create(cut.Length, (cut, keepLineBreaks), static (span, state) =>
                {
                    for (var i = 0; i < state.cut.Length; i++)
                    {
                        span[i] = IsControl(state.cut[i], state.keepLineBreaks) ? '\uFFFD' : state.cut[i];
                    }
                });
            }
        }

        return cut;
    }

    private static bool IsControl(char c, bool keepLineBreaks) =>
        (c < ' ' && !(keepLineBreaks && c is '\t' or '\r' or '\n')) || c == '\u007F';

    /// <summary>
    /// A delivered cell with the platform's own neutralisation taken off: <c>'=…</c> (as <see cref="NeutraliseFormula"/>
    /// wrote it into a rejection report or template) reads as <c>=…</c> again, so a report fixed and re-uploaded as it is
    /// carries the original values. A <c>'</c> before anything else is left as delivered.
    /// </summary>
    public static string RestoreFormula(string value) =>
        value is { Length: > 1 } && value[0] == '\'' && IsFormulaTrigger(value[1]) ? value[1..] : value;

    /// <summary>True when a cell beginning with this character could be taken for a formula (see <see cref="NeutraliseFormula"/>).</summary>
    public static bool IsFormulaTrigger(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>One CSV field: as it is, or quoted (inner quotes doubled) when it holds a comma, quote or line break.</summary>
    public static string CsvField(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>Appends one CSV field, quoted when needed (see <see cref="CsvField"/>).</summary>
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
    internal static IReadOnlyList<string> ValidateHeaders(List<string> headers)
    {
        // Excel often writes empty cells after the last real column (formatting, deleted columns).
        while (headers.Count > 0 && headers[^1].Length == 0)
        {
            headers.RemoveAt(headers.Count - 1);
        }

        if (headers.Count == 0)
        {
            throw new TabularFileException("文件没有表头：第一行应为列名（如“行政相对人名称”）。");
        }

        var duplicates = headers
            .Where(h => h.Length > 0)
            .GroupBy(h => h, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => "“" + g.Key + "”")
            .ToList();
        if (duplicates.Count > 0)
        {
            throw new TabularFileException($"表头中有重复的列名：{string.Join("、", duplicates)}。请删除或改名后重新上传。");
        }

        return headers.AsReadOnly();
    }
}
