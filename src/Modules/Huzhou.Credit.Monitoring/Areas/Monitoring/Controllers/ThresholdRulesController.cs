using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Monitoring.Areas.Monitoring.Models;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Controllers;

/// <summary>
/// 阈值规则: the city credit office writes threshold rules on aggregates (serious penalties of a district this month, the
/// share of a grade in a field, a department's three rates); 现在试算 measures a rule without raising anything. Credit
/// offices read (their district's alerts link here); the city credit office and the administrator change them.
/// </summary>
[Area("Monitoring")]
[Authorize(Roles = CreditRoles.CreditOffice + "," + CreditRoles.Administrator)]
[Route("monitoring/rules")]
internal sealed class ThresholdRulesController(ThresholdRuleService rules) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ThresholdRulesViewModel(await rules.ListAsync(cancellationToken), rules.MayManage));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        rules.MayManage ? View("Edit", new ThresholdRuleFormViewModel(null, new ThresholdRuleInput(), await rules.ChoicesAsync(cancellationToken))) : Forbid();

    [HttpPost("")]
    public async Task<IActionResult> Create([FromForm] ThresholdRuleInput input, CancellationToken cancellationToken)
    {
        var result = await rules.CreateAsync(input, cancellationToken);
        if (!result.Succeeded)
        {
            var choices = await rules.ChoicesAsync(cancellationToken);
            return this.Page(result, () => View("Edit", new ThresholdRuleFormViewModel(null, input, choices)));
        }

        TempData.Success("已新建阈值规则。可点击“现在试算”查看当前值。");
        return RedirectToAction(nameof(Details), new { id = result.Value });
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var result = await rules.FiguresAsync(id, null, measure: false, cancellationToken);
        return result.Succeeded ? View(result.Value) : NotFound();
    }

    /// <summary>现在试算: the rule measured now, every scope value, nothing raised; also where an alert's figures link.</summary>
    [HttpGet("{id:long}/trial")]
    public async Task<IActionResult> Trial(long id, string? scope, CancellationToken cancellationToken)
    {
        var result = await rules.FiguresAsync(id, scope, measure: true, cancellationToken);
        return result.Succeeded ? View(nameof(Details), result.Value) : NotFound();
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        if (!rules.MayManage)
        {
            return Forbid();
        }

        var result = await rules.GetAsync(id, cancellationToken);
        return result.Succeeded ? View(new ThresholdRuleFormViewModel(id, ThresholdRuleInput.From(result.Value), await rules.ChoicesAsync(cancellationToken))) : NotFound();
    }

    [HttpPost("{id:long}")]
    public async Task<IActionResult> Update(long id, [FromForm] ThresholdRuleInput input, CancellationToken cancellationToken)
    {
        var result = await rules.UpdateAsync(id, input, cancellationToken);
        if (!result.Succeeded)
        {
            var choices = await rules.ChoicesAsync(cancellationToken);
            return this.Page(result, () => View(nameof(Edit), new ThresholdRuleFormViewModel(id, input, choices)));
        }

        TempData.Success("已保存阈值规则。");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:long}/disable")]
    public Task<IActionResult> Disable(long id, CancellationToken cancellationToken) => SetEnabledAsync(id, false, cancellationToken);

    [HttpPost("{id:long}/enable")]
    public Task<IActionResult> Enable(long id, CancellationToken cancellationToken) => SetEnabledAsync(id, true, cancellationToken);

    [HttpPost("{id:long}/delete")]
    public async Task<IActionResult> Delete(long id, CancellationToken cancellationToken)
    {
        var result = await rules.DeleteAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            return result.Kind == ErrorKind.Forbidden ? Forbid() : NotFound();
        }

        TempData.Success("已删除阈值规则（已发出的提醒保留）。");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SetEnabledAsync(long id, bool enabled, CancellationToken cancellationToken)
    {
        var result = await rules.SetEnabledAsync(id, enabled, cancellationToken);
        if (!result.Succeeded)
        {
            return result.Kind == ErrorKind.Forbidden ? Forbid() : NotFound();
        }

        TempData.Success(enabled ? "已启用阈值规则。" : "已停用阈值规则，不再评估和提醒。");
        return RedirectToAction(nameof(Details), new { id });
    }
}
