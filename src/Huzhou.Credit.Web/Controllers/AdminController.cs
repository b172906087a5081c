using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Web.Controllers;

/// <summary>The administrators' overview: registry counts from the nightly snapshot, the platform's health (events, the working-day calendar) and links to the admin pages.</summary>
[Authorize(Roles = CreditRoles.Administrator)]
public sealed class AdminController(ISubjectStatistics statistics, IDistrictDirectory districts, OutboxDispatcher outbox, IWorkingDays workingDays, TimeProvider clock) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["Section"] = "admin";
        var snapshot = await statistics.GetLatestSnapshotAsync(cancellationToken);
        var districtList = await districts.ListAsync(cancellationToken);
        var missingCalendarYear = await workingDays.MissingYearAsync(ShanghaiTime.Today(clock), cancellationToken);
        return View(new AdminOverviewViewModel(snapshot, districtList, await outbox.StatusAsync(cancellationToken), missingCalendarYear));
    }
}
