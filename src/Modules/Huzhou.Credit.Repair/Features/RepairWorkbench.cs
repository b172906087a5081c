using System.Globalization;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Contracts.Workbench;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Repair.Features;

/// <summary>
/// The workbench's repair items: for the deciding department's staff and reviewers (谁认定、谁修复, as
/// <see cref="RepairService.MayReview"/>) the applications to accept and to decide and the objections to verify, each with
/// its nearest working-day deadline and the overdue ones counted; for the city credit office the approved applications
/// to execute. Counts over the (department, status) index only.
/// </summary>
internal sealed class RepairWorkbench(RepairDbContext db, IWorkingDays workingDays, TimeProvider clock) : IWorkbenchSource
{
    /// <summary>A deadline this many working days away or nearer is shown as due soon.</summary>
    public const int DueSoonWorkingDays = 2;

    public async Task<IReadOnlyList<WorkItem>> ItemsAsync(ICurrentStaff staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var items = new List<WorkItem>();
        var today = ShanghaiTime.Today(clock);
        if (staff.DepartmentCode is { } department && RepairService.Reviews(staff, department))
        {
            var applications = db.Applications.AsNoTracking().Where(a => a.DepartmentCode == department);
            var toAccept = await applications.Where(a => a.Status == RepairStatus.Submitted).GroupBy(_ => 1)
                .Select(g => new Tally(g.LongCount(), g.LongCount(a => a.AcceptDue < today), g.Min(a => a.AcceptDue >= today ? (DateOnly?)a.AcceptDue : null)))
                .SingleOrDefaultAsync(cancellationToken);
            var toDecide = await applications.Where(a => a.Status == RepairStatus.Accepted).GroupBy(_ => 1)
                .Select(g => new Tally(g.LongCount(), g.LongCount(a => a.DecideDue < today), g.Min(a => a.DecideDue >= today ? a.DecideDue : null)))
                .SingleOrDefaultAsync(cancellationToken);
            var toVerify = await db.Objections.AsNoTracking().Where(o => o.DepartmentCode == department && o.Status == ObjectionStatus.UnderReview).GroupBy(_ => 1)
                .Select(g => new Tally(g.LongCount(), g.LongCount(o => o.Due < today), g.Min(o => o.Due >= today ? (DateOnly?)o.Due : null)))
                .SingleOrDefaultAsync(cancellationToken);
            if (toAccept is not null || toDecide is not null || toVerify is not null)
            {
                var calendar = await workingDays.CalendarAsync(cancellationToken);
                Add(items, "repair.accept", "待受理的信用修复申请", "/repair", toAccept, calendar, today);
                Add(items, "repair.decide", "待作出修复决定的申请", "/repair", toDecide, calendar, today);
                Add(items, "repair.objections", "待核实的异议申诉", "/repair/objections", toVerify, calendar, today);
            }
        }

        if (RepairService.MayExecute(staff))
        {
            var toExecute = await db.Applications.AsNoTracking().LongCountAsync(a => a.Status == RepairStatus.Approved, cancellationToken);
            if (toExecute > 0)
            {
                items.Add(new WorkItem("repair.execute", "审核通过待执行的信用修复", toExecute, "/repair", WorkItemUrgency.Normal, ["部门已作出修复决定，请及时执行"]));
            }
        }

        return items;
    }

    private static void Add(List<WorkItem> items, string key, string title, string url, Tally? tally, WorkingDayCalendar calendar, DateOnly today)
    {
        if (tally is not { Count: > 0 })
        {
            return;
        }

        var details = new List<string>();
        var urgency = WorkItemUrgency.Normal;
        if (tally.Overdue > 0)
        {
            urgency = WorkItemUrgency.Overdue;
            details.Add(string.Create(CultureInfo.InvariantCulture, $"已超期 {tally.Overdue} 件"));
        }

        if (tally.Nearest is { } nearest)
        {
            if (urgency == WorkItemUrgency.Normal && calendar.WorkingDaysBetween(today, nearest) <= DueSoonWorkingDays)
            {
                urgency = WorkItemUrgency.DueSoon;
            }

            details.Add(string.Create(CultureInfo.InvariantCulture, $"最近期限 {nearest:yyyy-MM-dd}（{RepairService.Countdown(calendar, today, nearest)}）"));
        }

        items.Add(new WorkItem(key, title, tally.Count, url, urgency, details));
    }

    private sealed record Tally(long Count, long Overdue, DateOnly? Nearest);
}
