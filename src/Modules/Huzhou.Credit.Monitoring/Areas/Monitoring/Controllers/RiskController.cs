using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.Monitoring.Areas.Monitoring.Models;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Controllers;

/// <summary>
/// 风险提示: an organisation's risk signal explained line by line, with its possible related parties (可能关联, staff
/// only), for staff of its district (city-level staff: every district; another district's organisation is 404); the
/// city credit office publishes a risk alert for the public site from it (review step, audited) and withdraws it.
/// </summary>
[Area("Monitoring")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("monitoring/risk")]
internal sealed class RiskController(RiskSignals signals, RiskAlertPublisher publisher, IPublishedRiskAlerts published) : Controller
{
    [HttpGet("{id:long}")]
    public async Task<IActionResult> Index(long id, CancellationToken cancellationToken)
    {
        var page = await signals.PageAsync(id, cancellationToken);
        return page.Succeeded ? View(new RiskPageViewModel(page.Value)) : NotFound();
    }

    /// <summary>The review step: what the public will see, before anything is stored.</summary>
    [HttpPost("{id:long}/preview")]
    public async Task<IActionResult> Preview(long id, string? title, string? text, CancellationToken cancellationToken)
    {
        var preview = await publisher.PreviewAsync(id, title, text, cancellationToken);
        if (preview.Succeeded)
        {
            return View(new RiskPreviewViewModel(preview.Value.Organisation, preview.Value.Draft, signals.Today));
        }

        if (preview.Kind is ErrorKind.Forbidden or ErrorKind.NotFound)
        {
            return this.Page(preview, () => NotFound());
        }

        var page = await signals.PageAsync(id, cancellationToken);
        if (!page.Succeeded)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return this.Page(preview, () => View(nameof(Index), new RiskPageViewModel(page.Value, title, text)));
    }

    [HttpPost("{id:long}/publish")]
    public async Task<IActionResult> Publish(long id, string? title, string? text, bool confirmed, CancellationToken cancellationToken)
    {
        var result = await publisher.PublishAsync(id, title, text, confirmed, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Success("风险提示已发布，公众可在信用网站查看。");
            return RedirectToAction(nameof(Index), new { id });
        }

        if (result.Kind is ErrorKind.Forbidden or ErrorKind.NotFound)
        {
            return this.Page(result, () => NotFound());
        }

        var preview = await publisher.PreviewAsync(id, title, text, cancellationToken);
        if (!preview.Succeeded)
        {
            TempData.Error(result.Error!);
            return RedirectToAction(nameof(Index), new { id });
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Preview), new RiskPreviewViewModel(preview.Value.Organisation, preview.Value.Draft, signals.Today, result.Error));
    }

    [HttpPost("alerts/{alertId:long}/withdraw")]
    public async Task<IActionResult> Withdraw(long alertId, string? reason, CancellationToken cancellationToken)
    {
        var result = await publisher.WithdrawAsync(alertId, reason, cancellationToken);
        if (!result.Succeeded && result.Kind is ErrorKind.Forbidden or ErrorKind.NotFound)
        {
            return this.Page(result, () => NotFound());
        }

        if (!result.Succeeded)
        {
            TempData.Error(result.Error!);
            var subject = await publisher.SubjectOfAsync(alertId, cancellationToken);
            return RedirectToAction(nameof(Index), new { id = subject });
        }

        TempData.Success("风险提示已撤回，不再对外公开。");
        return RedirectToAction(nameof(Index), new { id = result.Value });
    }

    /// <summary>The alerts in force as the public site receives them.</summary>
    [HttpGet("alerts")]
    public async Task<IActionResult> Alerts(int page = 1, CancellationToken cancellationToken = default) =>
        View(new PublishedRiskAlertsViewModel(await published.LatestAsync(page, 20, cancellationToken)));
}
