using Huzhou.Credit.Contracts.Repair;

namespace Huzhou.Credit.Repair.Domain;

/// <summary>The calendar table as the platform's <see cref="WorkingDayCalendar"/> (published through <see cref="IWorkingDays"/>).</summary>
internal static class WorkingDayCalendars
{
    public static WorkingDayCalendar From(IEnumerable<CalendarDay> days)
    {
        var list = days as IReadOnlyCollection<CalendarDay> ?? [.. days];
        return new(list.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date), list.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).Select(d => d.Date));
    }
}
