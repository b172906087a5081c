using Huzhou.Credit.Integrity.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>The credit office's redemption statistics (守信激励成效): what the integrity code was used for, where, by whom.</summary>
internal sealed class RedemptionStatistics(IntegrityDbContext db, IOptions<IntegrityOptions> options)
{
    /// <summary>Every scenario with its redemption counts (the credit office's overview).</summary>
    public async Task<IReadOnlyList<ScenarioRow>> ScenariosAsync(CancellationToken cancellationToken)
    {
        var since = DateTimeOffset.UtcNow.AddDays(-30);
        var ours = options.Value.Issuer;
        var counts = await db.Redemptions.AsNoTracking()
            .GroupBy(r => r.ScenarioCode)
            .Select(g => new { Code = g.Key, Total = g.Count(), Local = g.Count(r => r.Issuer == ours), Recent = g.Count(r => r.RedeemedAt >= since) })
            .ToDictionaryAsync(x => x.Code, cancellationToken);
        return (await db.Scenarios.AsNoTracking().OrderBy(s => s.Category).ThenBy(s => s.Code).ToListAsync(cancellationToken))
            .Select(s => counts.TryGetValue(s.Code, out var c) ? new ScenarioRow(s, c.Total, c.Local, c.Total - c.Local, c.Recent) : new ScenarioRow(s, 0, 0, 0, 0))
            .ToList();
    }

    public async Task<RedemptionReport> ForAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        // One row per scenario, issuer, level and day of the city's calendar, counted in the database.
        var rows = await db.Database.SqlQuery<RedemptionGroup>($"""
            SELECT scenario_code, issuer, level,
                   (redeemed_at AT TIME ZONE 'Asia/Shanghai')::date AS day, count(*)::int AS count
            FROM credit.integrity_redemptions
            WHERE redeemed_at >= {Start(from)} AND redeemed_at < {Start(to.AddDays(1))}
            GROUP BY 1, 2, 3, 4
            """).ToListAsync(cancellationToken);
        var scenarios = await db.Scenarios.AsNoTracking().OrderBy(s => s.Category).ThenBy(s => s.Code).ToListAsync(cancellationToken);
        var ours = options.Value.Issuer;
        var cities = options.Value.Partners.ToDictionary(p => p.Issuer, p => p.Name, StringComparer.Ordinal);
        string City(string issuer) => issuer == ours ? "湖州（本市）" : cities.GetValueOrDefault(issuer, "其他");

        var counts = rows.GroupBy(r => r.ScenarioCode).ToDictionary(
            g => g.Key,
            g => (Local: g.Where(r => r.Issuer == ours).Sum(r => r.Count), Partner: g.Where(r => r.Issuer != ours).Sum(r => r.Count)));
        var byScenario = scenarios.Select(s => (s, counts.GetValueOrDefault(s.Code).Local, counts.GetValueOrDefault(s.Code).Partner)).ToList();
        var byCategory = byScenario.GroupBy(x => x.s.Category).Select(g => (g.Key, g.Sum(x => x.Item2 + x.Item3))).OrderByDescending(x => x.Item2).ToList();
        var byCity = rows.GroupBy(r => City(r.Issuer)).Select(g => (g.Key, g.Sum(r => r.Count))).OrderByDescending(x => x.Item2).ToList();
        var byLevel = rows.GroupBy(r => r.Level).Select(g => (g.Key, g.Sum(r => r.Count))).OrderByDescending(x => x.Key).ToList();
        var byDay = rows.GroupBy(r => r.Day).Select(g => (g.Key, g.Sum(r => r.Count))).OrderBy(x => x.Key).ToList();
        return new RedemptionReport(from, to, rows.Sum(r => r.Count), byScenario, byCategory, byCity, byLevel, byDay);
    }

    /// <summary>Midnight of a day in the city, as a UTC instant.</summary>
    private static DateTimeOffset Start(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();

    private sealed record RedemptionGroup(string ScenarioCode, string Issuer, int Level, DateOnly Day, int Count);
}
