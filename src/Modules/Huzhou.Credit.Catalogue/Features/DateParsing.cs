namespace Huzhou.Credit.Catalogue.Features;

/// <summary>Calendar dates as departments write them: 2024-02-29, 2024/2/9, 2024.2.9, 20240209, 2024年2月9日.</summary>
internal static class DateParsing
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        // Spreadsheet exports often append a midnight time: "2024-02-09 00:00:00".
        var space = text.IndexOfAny(' ', 'T');
        if (space > 0 && space >= 8)
        {
            text = text[..space];
        }

        int year, month, day;
        if (text.Length == 8 && IsDigits(text))
        {
            year = Number(text[..4]);
            month = Number(text.Slice(4, 2));
            day = Number(text.Slice(6, 2));
        }
        else
        {
            if (text.Length < 8 || !IsDigits(text[..4]))
            {
                return false;
            }

            year = Number(text[..4]);
            var rest = text[4..];
            char separator = rest[0];
            char? end = null;
            if (separator == '年')
            {
                end = '日';
            }
            else if (separator is not ('-' or '/' or '.'))
            {
                return false;
            }

            rest = rest[1..];
            var second = separator == '年' ? '月' : separator;
            var at = rest.IndexOf(second);
            if (at is < 1 or > 2 || !IsDigits(rest[..at]))
            {
                return false;
            }

            month = Number(rest[..at]);
            rest = rest[(at + 1)..];
            if (end is { } endChar)
            {
                if (rest.Length == 0 || rest[^1] != endChar)
                {
                    return false;
                }

                rest = rest[..^1];
            }

            if (rest.Length is < 1 or > 2 || !IsDigits(rest))
            {
                return false;
            }

            day = Number(rest);
        }

        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Writes yyyy-MM-dd (as <c>ToString("yyyy-MM-dd", InvariantCulture)</c> does) into ten characters.</summary>
    public static void FormatIso(DateOnly date, Span<char> destination)
    {
        var (year, month, day) = date;
        destination[0] = (char)('0' + (year / 1000));
        destination[1] = (char)('0' + (year / 100 % 10));
        destination[2] = (char)('0' + (year / 10 % 10));
        destination[3] = (char)('0' + (year % 10));
        destination[4] = '-';
        destination[5] = (char)('0' + (month / 10));
        destination[6] = (char)('0' + (month % 10));
        destination[7] = '-';
        destination[8] = (char)('0' + (day / 10));
        destination[9] = (char)('0' + (day % 10));
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
