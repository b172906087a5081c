using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.Repair.Seed;

/// <summary>
/// Public holidays and make-up working days as the State Council's General Office announced them (国务院办公厅关于
/// 2025年部分节假日安排的通知 国办发明电〔2024〕12号; 关于2026年部分节假日安排的通知). Later years are entered by the credit
/// office at <c>/repair/calendar</c> when the notice is published (usually in November).
/// </summary>
internal static class ChineseHolidays
{
    public static IReadOnlyList<(DateOnly Date, CalendarDayKind Kind, string Name)> All { get; } =
    [
        .. Range("2025-01-01", "2025-01-01", "元旦"),
        .. Range("2025-01-28", "2025-02-04", "春节"),
        Work("2025-01-26", "春节调休上班"), Work("2025-02-08", "春节调休上班"),
        .. Range("2025-04-04", "2025-04-06", "清明节"),
        .. Range("2025-05-01", "2025-05-05", "劳动节"),
        Work("2025-04-27", "劳动节调休上班"),
        .. Range("2025-05-31", "2025-06-02", "端午节"),
        .. Range("2025-10-01", "2025-10-08", "国庆节、中秋节"),
        Work("2025-09-28", "国庆节调休上班"), Work("2025-10-11", "国庆节调休上班"),
        .. Range("2026-01-01", "2026-01-03", "元旦"),
        Work("2026-01-04", "元旦调休上班"),
        .. Range("2026-02-15", "2026-02-23", "春节"),
        Work("2026-02-14", "春节调休上班"), Work("2026-02-28", "春节调休上班"),
        .. Range("2026-04-04", "2026-04-06", "清明节"),
        .. Range("2026-05-01", "2026-05-05", "劳动节"),
        Work("2026-05-09", "劳动节调休上班"),
        .. Range("2026-06-19", "2026-06-21", "端午节"),
        .. Range("2026-09-25", "2026-09-27", "中秋节"),
        .. Range("2026-10-01", "2026-10-07", "国庆节"),
        Work("2026-09-20", "国庆节调休上班"), Work("2026-10-10", "国庆节调休上班"),
    ];

    private static IEnumerable<(DateOnly, CalendarDayKind, string)> Range(string from, string to, string name)
    {
        for (var d = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture); d <= DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture); d = d.AddDays(1))
        {
            yield return (d, CalendarDayKind.Holiday, name);
        }
    }

    private static (DateOnly, CalendarDayKind, string) Work(string date, string name) =>
        (DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), CalendarDayKind.MakeUpWorkday, name);
}
