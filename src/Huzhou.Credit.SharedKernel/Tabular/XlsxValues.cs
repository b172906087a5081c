using System.Globalization;

namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>How XLSX numbers and dates become the text a person sees.</summary>
internal static class XlsxValues
{
    // Excel's serial-date range: 1900-01-01 .. 9999-12-31 (0 would be 1899-12-30, used by time-only values).
    private const double MaxOADate = 2958465.99999999;

    /// <summary>Invariant text without exponent or trailing zeros, to Excel's 15 significant digits: 12.5, 1000, 0.3.</summary>
    public static string FormatNumber(string raw)
    {
        if (IsPlainInteger(raw))
        {
            return raw; // the common case: counts, codes, amounts in whole units
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return raw;
        }

        return FormatNumber(value);
    }

    public static string FormatNumber(double value) =>
        Math.Abs(value) < 7.9e27
            ? ((decimal)value).ToString(CultureInfo.InvariantCulture) // the conversion keeps 15 significant digits
            : value.ToString("R", CultureInfo.InvariantCulture);

    public static string FormatOADate(string raw)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            || serial < 0
            || serial > MaxOADate)
        {
            return FormatNumber(raw);
        }

        var date = DateTime.FromOADate(serial);
        // Serials carry binary noise (0.5416666666 for 13:00): round to the second.
        var rounded = new DateTime((date.Ticks + (TimeSpan.TicksPerSecond / 2)) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond);
        return FormatDate(rounded);
    }

    public static string FormatDate(DateTime date) =>
        date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static bool IsPlainInteger(string raw)
    {
        var digits = raw.AsSpan();
        if (digits.Length > 0 && digits[0] == '-')
        {
            digits = digits[1..];
        }

        return digits.Length is > 0 and <= 15 && !digits.ContainsAnyExceptInRange('0', '9');
    }
}
