using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Web.Controllers;

/// <summary>The staff workbench (工作台): what this user can do, by role; the calendar's maintainers are reminded of a missing year.</summary>
[Authorize(Roles = CreditRoles.Staff)]
public sealed class StaffController(ICurrentStaff staff, IWorkingDays workingDays, TimeProvider clock) : Controller
{
    [HttpGet("/staff")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var missing = CalendarReminder.Maintains(staff) ? await workingDays.MissingYearAsync(ShanghaiTime.Today(clock), cancellationToken) : null;
        return View(new StaffWorkbenchViewModel(missing));
    }
}
