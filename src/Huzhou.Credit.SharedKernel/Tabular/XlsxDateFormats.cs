using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>Which cell styles (the s attribute, an index into cellXfs) show a number as a date.</summary>
internal static class XlsxDateFormats
{
    public static bool[] DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return [];
        }

        var customCodes = new Dictionary<uint, string>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                customCodes[id] = code;
            }
        }

        return stylesheet.CellFormats.Elements<CellFormat>()
            .Select(f => IsDateFormat(f.NumberFormatId?.Value ?? 0, customCodes))
            .ToArray();
    }

    public static bool IsDateFormat(uint numberFormatId, IReadOnlyDictionary<uint, string> customCodes)
    {
        if (numberFormatId is (>= 14 and <= 22) or (>= 45 and <= 47))
        {
            return true;
        }

        return customCodes.TryGetValue(numberFormatId, out var code) && IsDateFormatCode(code);
    }

    /// <summary>
    /// A custom code is a date when y or d, or m without h/s (then it means minutes), appear outside quoted
    /// literals, [colour/locale] tags and escapes.
    /// </summary>
    public static bool IsDateFormatCode(string code)
    {
        var month = false;
        var time = false;
        var inQuotes = false;
        var inBracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (inQuotes)
            {
                inQuotes = c != '"';
            }
            else if (inBracket)
            {
                inBracket = c != ']';
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == '[')
            {
                inBracket = true;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++; // the next character is a literal (or a padding character)
            }
            else if (c is 'y' or 'Y' or 'd' or 'D')
            {
                return true;
            }
            else if (c is 'm' or 'M')
            {
                month = true;
            }
            else if (c is 'h' or 'H' or 's' or 'S')
            {
                time = true;
            }
        }

        return month && !time;
    }
}
