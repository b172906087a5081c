using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Monitoring.Areas.Monitoring.Models;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Controllers;

/// <summary>The monitoring inbox: the alerts of the user's and his department's lists; read, acknowledge, assign.</summary>
[Area("Monitoring")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("monitoring/alerts")]
internal sealed class AlertsController(AlertInbox inbox) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        bool unread = false, bool serious = false, bool open = false, bool escalated = false, int page = 1, CancellationToken cancellationToken = default)
    {
        var filter = new AlertFilter(unread, serious, open, page, escalated);
        return View(new AlertListViewModel(await inbox.ListAsync(filter, cancellationToken), filter));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var result = await inbox.DetailAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        await inbox.MarkReadAsync(id, cancellationToken);
        var (alert, grouped, colleagues) = result.Value;
        return View(new AlertDetailViewModel(alert, grouped, colleagues));
    }

    [HttpPost("{id:long}/read")]
    public async Task<IActionResult> Read(long id, CancellationToken cancellationToken)
    {
        var result = await inbox.MarkReadAsync(id, cancellationToken);
        return result.Succeeded ? RedirectToAction(nameof(Index)) : NotFound();
    }

    [HttpPost("read-all")]
    public async Task<IActionResult> ReadAll(CancellationToken cancellationToken)
    {
        var count = await inbox.MarkAllReadAsync(cancellationToken);
        TempData.Success($"已将 {count} 条提醒标为已读。");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:long}/acknowledge")]
    public async Task<IActionResult> Acknowledge(long id, string? note, CancellationToken cancellationToken)
    {
        var result = await inbox.AcknowledgeAsync(id, note, cancellationToken);
        if (!result.Succeeded && result.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        TempData.Outcome(result, "已确认处理。");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:long}/assign")]
    public async Task<IActionResult> Assign(long id, string? assignee, CancellationToken cancellationToken)
    {
        var result = await inbox.AssignAsync(id, assignee, cancellationToken);
        if (!result.Succeeded && result.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        TempData.Outcome(result, "已指派。");
        return RedirectToAction(nameof(Details), new { id });
    }
}
