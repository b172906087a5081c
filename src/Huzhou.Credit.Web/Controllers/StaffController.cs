using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Contracts.Workbench;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Web.Controllers;

/// <summary>
/// The staff workbench (工作台): first what waits for this user (待办, from every module's <see cref="IWorkbenchSource"/>,
/// overdue first), then what this user can do, by role; the calendar's maintainers are reminded of a missing year.
/// </summary>
[Authorize(Roles = CreditRoles.Staff)]
public sealed class StaffController(ICurrentStaff staff, IWorkingDays workingDays, IEnumerable<IWorkbenchSource> sources, TimeProvider clock) : Controller
{
    [HttpGet("/staff")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var missing = CalendarReminder.Maintains(staff) ? await workingDays.MissingYearAsync(ShanghaiTime.Today(clock), cancellationToken) : null;
        var items = new List<WorkItem>();
        foreach (var source in sources)
        {
            items.AddRange((await source.ItemsAsync(staff, cancellationToken)).Where(i => i.Count > 0));
        }

        // Stable: within one urgency the modules' order stays.
        return View(new StaffWorkbenchViewModel(missing, [.. items.OrderByDescending(i => i.Urgency)]));
    }
}
