using System.Globalization;

namespace Huzhou.Credit.SharedKernel.Charts;

/// <summary>
/// The from–to period of a statistics page (both days included), checked: a day that could not be read, a day outside
/// 1900–9998, a reversed range, a range longer than <see cref="MaxDays"/> or an end after today gives a Chinese
/// <see cref="Error"/> and the default period instead (the last <c>defaultDays</c> days up to today). The presets
/// 本月, 本季度, 本年 and 近12个月 are <see cref="Presets"/>; the page shows them with <c>&lt;vc:period-picker&gt;</c>.
/// </summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Error">Why the asked period was not used (null when it was).</param>
public sealed record ReportPeriod(DateOnly From, DateOnly To, string? Error = null)
{
    /// <summary>The longest period a page computes: five years.</summary>
    public const int MaxDays = 5 * 366;

    /// <summary>The number of days, both ends included.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period's name as the page shows it: 2026-01-01 至 2026-03-31.</summary>
    public string Label => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 至 " + To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Checks the asked period.</summary>
    /// <param name="from">The asked first day (null: the default's).</param>
    /// <param name="to">The asked last day (null: today).</param>
    /// <param name="today">Today in Shanghai.</param>
    /// <param name="defaultDays">The default period's length, ending today.</param>
    /// <param name="unreadable">True when model binding could not read a date the user typed (the page's ModelState).</param>
    public static ReportPeriod Resolve(DateOnly? from, DateOnly? to, DateOnly today, int defaultDays = 30, bool unreadable = false)
    {
        var fallback = new ReportPeriod(today.AddDays(1 - defaultDays), today);
        if (unreadable)
        {
            return fallback with { Error = "日期无法识别，请按“2026-01-31”的格式填写。已显示默认期间。" };
        }

        if (from is { } f && !ShanghaiDay(f))
        {
            return fallback with { Error = $"起始日期 {f:yyyy-MM-dd} 超出范围（1900 年至 9998 年）。已显示默认期间。" };
        }

        if (to is { } t && !ShanghaiDay(t))
        {
            return fallback with { Error = $"截止日期 {t:yyyy-MM-dd} 超出范围（1900 年至 9998 年）。已显示默认期间。" };
        }

        var end = to ?? today;
        var start = from ?? end.AddDays(1 - defaultDays);
        if (start > end)
        {
            return fallback with { Error = "统计期间不对：开始日期须早于结束日期。已显示默认期间。" };
        }

        if (end > today)
        {
            return fallback with { Error = "截止日期不能晚于今天。已显示默认期间。" };
        }

        return end.DayNumber - start.DayNumber + 1 > MaxDays
            ? fallback with { Error = "统计期间最长 5 年，请缩短期间。已显示默认期间。" }
            : new ReportPeriod(start, end);
    }

    /// <summary>本月, 本季度, 本年 and 近12个月, each ending today.</summary>
    public static IReadOnlyList<ReportPeriodPreset> Presets(DateOnly today) =>
    [
        new("本月", new DateOnly(today.Year, today.Month, 1), today),
        new("本季度", new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1), today),
        new("本年", new DateOnly(today.Year, 1, 1), today),
        new("近12个月", today.AddMonths(-12).AddDays(1), today),
    ];

    /// <summary>
    /// A trend over the period: each day when the period is at most 62 days (MM-dd), otherwise each month (yyyy-MM);
    /// the values of the days of a category are added up, a category without any is 0.
    /// </summary>
    public ChartSeries Trend(string name, IEnumerable<KeyValuePair<DateOnly, double>> points, out IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(points);
        var byDay = Days <= 62;
        string Key(DateOnly d) => d.ToString(byDay ? "MM-dd" : "yyyy-MM", CultureInfo.InvariantCulture);
        var keys = new List<string>();
        for (var d = byDay ? From : new DateOnly(From.Year, From.Month, 1); d <= To; d = byDay ? d.AddDays(1) : d.AddMonths(1))
        {
            keys.Add(Key(d));
        }

        var sums = keys.ToDictionary(k => k, _ => 0.0, StringComparer.Ordinal);
        foreach (var (day, value) in points)
        {
            if (day >= From && day <= To)
            {
                sums[Key(day)] += value;
            }
        }

        categories = keys;
        return new ChartSeries(name, keys.Select(k => (double?)sums[k]).ToList());
    }

    private static bool ShanghaiDay(DateOnly day) => day.Year is >= 1900 and <= 9998;
}
