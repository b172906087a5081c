using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Repair.Features;

/// <summary><see cref="IWorkingDays"/>: the calendar table the credit office maintains (holidays, 调休) as a <see cref="WorkingDayCalendar"/>.</summary>
internal sealed class WorkingDays(RepairDbContext db) : IWorkingDays
{
    public async Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken = default) =>
        WorkingDayCalendars.From(await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken));

    public async Task<int?> MissingYearAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        if (CalendarReminder.MissingYear(today, nextYearHasHolidays: false) is not { } year)
        {
            return null;
        }

        var entered = await db.CalendarDays.AnyAsync(
            d => d.Kind == CalendarDayKind.Holiday && d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31), cancellationToken);
        return CalendarReminder.MissingYear(today, entered);
    }
}
