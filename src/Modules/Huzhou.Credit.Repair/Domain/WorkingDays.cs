namespace Huzhou.Credit.Repair.Domain;

/// <summary>A day that departs from the Monday-to-Friday week: a public holiday, or a weekend day worked instead (调休).</summary>
internal sealed class CalendarDay
{
    public DateOnly Date { get; set; }

    public CalendarDayKind Kind { get; set; }

    /// <summary>e.g. 春节, 春节调休上班.</summary>
    public string Name { get; set; } = "";

    public string UpdatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}

internal enum CalendarDayKind : short
{
    Holiday = 1,
    MakeUpWorkday = 2,
}

/// <summary>
/// Working days (工作日) as Chinese offices count them: Monday to Friday, minus public holidays, plus the weekend days
/// worked in exchange (调休). Pure: built from the calendar table, used for every deadline.
/// </summary>
internal sealed class WorkingDayCalendar(IEnumerable<CalendarDay> days)
{
    private readonly HashSet<DateOnly> _holidays = [.. days.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date)];
    private readonly HashSet<DateOnly> _workdays = [.. days.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).Select(d => d.Date)];

    public bool IsWorkingDay(DateOnly date) =>
        _workdays.Contains(date) || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date));

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="start"/> (the day of receipt does not count): the deadline of a step.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = start;
        for (var left = count; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
