using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Monitoring;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Web.ViewComponents;

/// <summary>The page header's 监测提醒 link with the unread count (<see cref="IAlertCounts"/>, one indexed count), for staff.</summary>
public sealed class AlertBadgeViewComponent(IAlertCounts counts, ICurrentStaff staff) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await counts.UnreadAsync(staff, HttpContext.RequestAborted));
}
