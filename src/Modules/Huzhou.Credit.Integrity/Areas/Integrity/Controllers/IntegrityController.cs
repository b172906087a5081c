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
internal sealed class IntegrityController(IntegrityDbContext db, Features.IntegrityCodes codes, ICurrentStaff staff, IAuditLog audit, Microsoft.Extensions.Options.IOptions<Features.IntegrityOptions> options) : Controller
{
    internal sealed record TestCodeViewModel(int Level, string Code, string QrDataUri, DateTimeOffset ExpiresAt);

    /// <summary>A test code (测试码) for a verifier integrating the API: it verifies with the level chosen, it is never redeemed. Credit office only, audited.</summary>
    [HttpPost("test-code")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> TestCode(int level, CancellationToken cancellationToken)
    {
        if (!staff.IsInRole(CreditRoles.CreditOffice) || level is < 1 or > 5)
        {
            return Forbid();
        }

        var score = IntegrityLevels.All.First(l => l.Level == level).MinScore + 20;
        var (code, expires) = await codes.IssueAsync(level, score, cancellationToken, test: true);
        await audit.WriteAsync(new AuditEntry("integrity.test-code", Persistence.IntegrityDbContext.ModuleName, Detail: $"生成测试码（{IntegrityLevels.Name(level)}）"), cancellationToken);
        return View(new TestCodeViewModel(level, code, QrImage.DataUri(code), expires));
    }

    internal sealed record ScenarioRow(IncentiveScenario Scenario, int Total, int Local, int Partner, int LastThirtyDays);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var since = DateTimeOffset.UtcNow.AddDays(-30);
        var ours = options.Value.Issuer;
        var counts = await db.Redemptions.AsNoTracking()
            .GroupBy(r => r.ScenarioCode)
            .Select(g => new { Code = g.Key, Total = g.Count(), Local = g.Count(r => r.Issuer == ours), Recent = g.Count(r => r.RedeemedAt >= since) })
            .ToDictionaryAsync(x => x.Code, cancellationToken);
        var rows = (await db.Scenarios.AsNoTracking().OrderBy(s => s.Category).ThenBy(s => s.Code).ToListAsync(cancellationToken))
            .Select(s => counts.TryGetValue(s.Code, out var c) ? new ScenarioRow(s, c.Total, c.Local, c.Total - c.Local, c.Recent) : new ScenarioRow(s, 0, 0, 0, 0))
            .ToList();
        return View(rows);
    }
}
