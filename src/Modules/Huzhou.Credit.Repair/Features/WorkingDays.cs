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
}
