using Huzhou.Credit.Publicity.Domain;
using Huzhou.Credit.Publicity.Features;
using Huzhou.Credit.Publicity.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Publicity.Seed;

/// <summary>
/// Reference data every installation needs: the standard columns (信用动态, 政策法规, 典型案例, 风险提示, 诚信典型).
/// Idempotent: adds missing slugs, never touches a column the credit office has renamed.
/// </summary>
internal sealed class PublicitySeeder(PublicityDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 8;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        var known = (await db.Columns.Select(c => c.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var added = StandardColumns.All.Select((c, i) => (c, i)).Where(x => !known.Contains(x.c.Slug)).ToList();
        db.Columns.AddRange(added.Select(x => new PublicityColumn
        {
            Slug = x.c.Slug, Name = x.c.Name, Description = x.c.Description, Kind = ColumnKind.Standard, SortOrder = (x.i + 1) * 10,
            Active = true, CreatedAt = clock.GetUtcNow(), CreatedBy = "seed",
        }));
        await db.SaveChangesAsync(cancellationToken);
        return added.Count == 0 ? null : $"信用公示：新增 {added.Count} 个标准栏目。";
    }
}
