using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Integrity.Areas.Integrity.Controllers;

/// <summary>The credit office's view of the integrity code: the incentive scenarios and their redemptions (this city's and partner cities' codes).</summary>
[Area("Integrity")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("integrity")]
internal sealed class IntegrityController(IntegrityDbContext db) : Controller
{
    internal sealed record ScenarioRow(IncentiveScenario Scenario, int Total, int Local, int Partner, int LastThirtyDays);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var since = DateTimeOffset.UtcNow.AddDays(-30);
        var counts = await db.Redemptions.AsNoTracking()
            .GroupBy(r => r.ScenarioCode)
            .Select(g => new { Code = g.Key, Total = g.Count(), Local = g.Count(r => r.Issuer.Contains("huzhou")), Recent = g.Count(r => r.RedeemedAt >= since) })
            .ToDictionaryAsync(x => x.Code, cancellationToken);
        var rows = (await db.Scenarios.AsNoTracking().OrderBy(s => s.Category).ThenBy(s => s.Code).ToListAsync(cancellationToken))
            .Select(s => counts.TryGetValue(s.Code, out var c) ? new ScenarioRow(s, c.Total, c.Local, c.Total - c.Local, c.Recent) : new ScenarioRow(s, 0, 0, 0, 0))
            .ToList();
        return View(rows);
    }
}
