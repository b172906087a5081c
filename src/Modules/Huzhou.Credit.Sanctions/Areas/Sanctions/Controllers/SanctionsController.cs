using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Sanctions.Areas.Sanctions.Models;
using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Controllers;

/// <summary>Staff pages of 联合奖惩: the check log, and the rule set, measures and matters in force.</summary>
[Area("Sanctions")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("sanctions")]
internal sealed class SanctionsController(CheckQueries queries, CaseService cases) : Controller
{
    [HttpGet("cases")]
    public async Task<IActionResult> Cases(CancellationToken cancellationToken)
    {
        var (byDomain, covered, domains) = await cases.StatisticsAsync(cancellationToken);
        var matters = (await queries.MattersAsync(cancellationToken)).ToDictionary(m => m.Code);
        var measures = (await queries.MeasuresAsync(cancellationToken)).ToDictionary(m => m.Code);
        return View(new CasesViewModel(await cases.RecentAsync(200, cancellationToken), byDomain, covered, domains, matters, measures));
    }

    [HttpGet("checks")]
    public async Task<IActionResult> Checks(string? caller, string? matter, CheckDecision? decision, string? code, DateOnly? from, DateOnly? to, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = new CheckLogQuery(caller, matter, decision, code, from, to, page);
        var matters = (await queries.MattersAsync(cancellationToken)).ToDictionary(m => m.Code);
        return View(new CheckLogViewModel(query, await queries.LogAsync(query, cancellationToken), await queries.DecisionCountsAsync(cancellationToken), matters));
    }

    [HttpGet("rules")]
    public async Task<IActionResult> Rules(int? version, CancellationToken cancellationToken)
    {
        var versions = await queries.RuleSetsAsync(cancellationToken);
        var shown = version ?? versions.FirstOrDefault(v => v.Status == RuleSetStatus.Published)?.Version ?? versions.FirstOrDefault()?.Version ?? 0;
        var measures = (await queries.MeasuresAsync(cancellationToken)).ToDictionary(m => m.Code);
        return View(new RulesViewModel(versions, shown, await queries.RulesAsync(shown, cancellationToken), measures, await queries.MattersAsync(cancellationToken)));
    }
}
