using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Monitoring.Areas.Monitoring.Models;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Controllers;

/// <summary>
/// Webhooks for business systems: a department's reviewer (his department's alerts) or a credit office (also its own
/// inbox) registers a receiver, sees the secret once, stops, resumes, replaces the secret, sends a test event, reads the
/// delivery log and sends a failed delivery again. Another department's webhook is 404.
/// </summary>
[Area("Monitoring")]
[Authorize(Roles = CreditRoles.CreditOffice + "," + CreditRoles.DepartmentReviewer)]
[Route("monitoring/webhooks")]
internal sealed class WebhooksController(WebhookSubscriptions webhooks) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ModelAsync(null, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create(string? name, string? url, string? target, short[]? triggers, CancellationToken cancellationToken)
    {
        var result = await webhooks.CreateAsync(new WebhookSubscriptionInput(name, url, target, triggers), cancellationToken);
        if (!result.Succeeded)
        {
            TempData.Outcome(result, "");
            return RedirectToAction(nameof(Index));
        }

        // The secret is shown on this response only (as an API key is); it cannot be shown again.
        Response.Headers.CacheControl = "no-store";
        return View(nameof(Index), await ModelAsync(result.Value, cancellationToken));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, int page = 1, CancellationToken cancellationToken = default)
    {
        var result = await webhooks.LogAsync(id, page, cancellationToken);
        return result.Succeeded ? View(new WebhookLogViewModel(result.Value, null)) : NotFound();
    }

    [HttpPost("{id:long}/secret")]
    public async Task<IActionResult> ReplaceSecret(long id, CancellationToken cancellationToken)
    {
        var replaced = await webhooks.ReplaceSecretAsync(id, cancellationToken);
        var log = replaced.Succeeded ? await webhooks.LogAsync(id, 1, cancellationToken) : null;
        if (log is not { Succeeded: true })
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return View(nameof(Details), new WebhookLogViewModel(log.Value, replaced.Value));
    }

    [HttpPost("{id:long}/active")]
    public async Task<IActionResult> SetActive(long id, bool active, CancellationToken cancellationToken)
    {
        var result = await webhooks.SetActiveAsync(id, active, cancellationToken);
        if (result.Kind == ErrorKind.NotFound && !result.Succeeded)
        {
            return NotFound();
        }

        TempData.Outcome(result, active ? "已启用，新的提醒将推送到该地址。" : "已停用，新的提醒不再推送。");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:long}/delete")]
    public async Task<IActionResult> Delete(long id, CancellationToken cancellationToken)
    {
        var result = await webhooks.DeleteAsync(id, cancellationToken);
        if (result.Kind == ErrorKind.NotFound && !result.Succeeded)
        {
            return NotFound();
        }

        TempData.Outcome(result, "已删除该 webhook 及其发送记录。");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:long}/test")]
    public async Task<IActionResult> SendTest(long id, CancellationToken cancellationToken)
    {
        var result = await webhooks.SendTestAsync(id, cancellationToken);
        if (result.Kind == ErrorKind.NotFound && !result.Succeeded)
        {
            return NotFound();
        }

        TempData.Outcome(result, "已加入发送队列：测试事件将在几秒内发出，结果见下方发送记录。");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:long}/deliveries/{deliveryId:long}/resend")]
    public async Task<IActionResult> Resend(long id, long deliveryId, CancellationToken cancellationToken)
    {
        var result = await webhooks.ResendAsync(id, deliveryId, cancellationToken);
        if (result.Kind == ErrorKind.NotFound && !result.Succeeded)
        {
            return NotFound();
        }

        TempData.Outcome(result, "已重新加入发送队列（发送编号不变，接收方可据此去重）。");
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<WebhookListViewModel> ModelAsync(CreatedWebhook? created, CancellationToken cancellationToken) =>
        new(await webhooks.ListAsync(cancellationToken), await webhooks.TargetsAsync(cancellationToken), WebhookSubscriptions.Choosable, created);
}
