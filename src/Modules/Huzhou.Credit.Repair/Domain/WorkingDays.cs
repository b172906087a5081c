using Huzhou.Credit.Contracts.Repair;

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

/// <summary>The calendar table as the platform's <see cref="WorkingDayCalendar"/> (published through <see cref="IWorkingDays"/>).</summary>
internal static class WorkingDayCalendars
{
    public static WorkingDayCalendar From(IEnumerable<CalendarDay> days)
    {
        var list = days as IReadOnlyCollection<CalendarDay> ?? [.. days];
        return new(list.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date), list.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).Select(d => d.Date));
    }
}
