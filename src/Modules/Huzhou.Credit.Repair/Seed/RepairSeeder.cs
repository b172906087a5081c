using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Repair.Seed;

/// <summary>The working-day calendar (holidays and make-up working days of 2025 and 2026). Idempotent: adds missing days.</summary>
internal sealed class RepairSeeder(RepairDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 6;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        var existing = (await db.CalendarDays.Select(d => d.Date).ToListAsync(cancellationToken)).ToHashSet();
        var added = ChineseHolidays.All.Where(d => !existing.Contains(d.Date)).ToList();
        db.CalendarDays.AddRange(added.Select(d => new CalendarDay { Date = d.Date, Kind = d.Kind, Name = d.Name, UpdatedBy = "seed", UpdatedAt = clock.GetUtcNow() }));
        await db.SaveChangesAsync(cancellationToken);
        return added.Count == 0 ? null : $"工作日历：新增 {added.Count} 天（2025、2026 年法定节假日和调休上班日）。";
    }
}
