using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Repair.Features;

/// <summary>
/// The city credit office keeps the working-day calendar (法定节假日 and 调休) every repair deadline is counted on.
/// Each change is audited.
/// </summary>
internal sealed class CalendarDayEditor(RepairDbContext db, ICurrentStaff staff, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result> SaveAsync(SaveCalendarDay command, CancellationToken cancellationToken)
    {
        if (!RepairService.MayExecute(staff))
        {
            return Result.Forbidden("只有市信用办可以维护工作日历。");
        }

        if (command.Date is not { } day)
        {
            return Result.Failure("请填写日期。", nameof(SaveCalendarDay.Date));
        }

        var name = command.Name;
        var existing = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == day, cancellationToken);
        if (command.Remove)
        {
            if (existing is not null)
            {
                db.CalendarDays.Remove(existing);
            }
        }
        else
        {
            if (command.Kind is not { } kind || string.IsNullOrWhiteSpace(name) || name.Trim().Length > 50)
            {
                return Result.Failure("请选择类型并填写名称（如 春节、春节调休上班）。", nameof(SaveCalendarDay.Name));
            }

            if (kind == CalendarDayKind.MakeUpWorkday && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                return Result.Failure("调休上班日应为周六或周日。", nameof(SaveCalendarDay.Kind));
            }

            if (existing is null)
            {
                db.CalendarDays.Add(existing = new CalendarDay { Date = day });
            }

            existing.Kind = kind;
            existing.Name = name.Trim();
            existing.UpdatedBy = staff.UserName ?? "";
            existing.UpdatedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("repair.calendar", RepairDbContext.ModuleName, Detail: $"{(command.Remove ? "删除" : "设置")}工作日历 {day:yyyy-MM-dd} {name}"), cancellationToken);
        return Result.Success();
    }
}
