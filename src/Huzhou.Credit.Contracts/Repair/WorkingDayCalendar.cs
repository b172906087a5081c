namespace Huzhou.Credit.Contracts.Repair;

/// <summary>
/// Working days as Chinese offices count them: Monday to Friday, minus public holidays, plus the weekend days worked in
/// exchange (调休). Pure and immutable: built from the calendar's exceptions.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workdays;

    /// <summary>A calendar from its exceptions to the Monday-to-Friday week.</summary>
    /// <param name="holidays">Public holidays (days off, whatever the weekday).</param>
    /// <param name="makeUpWorkdays">Weekend days worked instead (调休上班).</param>
    public WorkingDayCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
    {
        _holidays = [.. holidays];
        _workdays = [.. makeUpWorkdays];
    }

    /// <summary>Whether offices work on <paramref name="date"/>.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        _workdays.Contains(date) || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date));

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="start"/> (the day of receipt does not count): the deadline of a step.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
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
