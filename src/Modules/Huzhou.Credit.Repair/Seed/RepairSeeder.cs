using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Repair.Seed;

/// <summary>
/// Reference data every installation needs: the working-day calendar (holidays and make-up working days of 2025 and 2026)
/// and the SAMR Order 45 exclusion rules of the market-regulation departments. Idempotent: adds missing days and rules,
/// never touches one the credit office has changed (a deactivated rule stays deactivated).
/// </summary>
internal sealed class RepairSeeder(RepairDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 6;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        var existing = (await db.CalendarDays.Select(d => d.Date).ToListAsync(cancellationToken)).ToHashSet();
        var added = ChineseHolidays.All.Where(d => !existing.Contains(d.Date)).ToList();
        db.CalendarDays.AddRange(added.Select(d => new CalendarDay { Date = d.Date, Kind = d.Kind, Name = d.Name, UpdatedBy = "seed", UpdatedAt = clock.GetUtcNow() }));
        var known = (await db.ExclusionRules.Select(r => new { r.DepartmentCode, r.RuleVersion, r.PenaltyKind }).ToListAsync(cancellationToken))
            .Select(r => (r.DepartmentCode, r.RuleVersion, r.PenaltyKind)).ToHashSet();
        var rules = Order45Exclusions.Rules("seed", clock.GetUtcNow()).Where(r => !known.Contains((r.DepartmentCode, r.RuleVersion, r.PenaltyKind))).ToList();
        db.ExclusionRules.AddRange(rules);
        await db.SaveChangesAsync(cancellationToken);
        var lines = new List<string>();
        if (added.Count > 0)
        {
            lines.Add($"工作日历：新增 {added.Count} 天（2025、2026 年法定节假日和调休上班日）。");
        }

        if (rules.Count > 0)
        {
            lines.Add($"信用修复排除规则：新增 {rules.Count} 条（市场监管总局令第45号）。");
        }

        return lines.Count == 0 ? null : string.Join(Environment.NewLine, lines);
    }
}
