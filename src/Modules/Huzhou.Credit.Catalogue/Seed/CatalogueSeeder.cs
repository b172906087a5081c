using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Catalogue.Features;
using Huzhou.Credit.Catalogue.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Catalogue.Seed;

/// <summary>
/// Reference data every installation needs (the standard items and publicity rules), not demo data: seeds
/// what is missing and never touches what an administrator has edited since.
/// </summary>
internal sealed class CatalogueSeeder(CatalogueDbContext db, CatalogueCache cache, TimeProvider clock) : IDemoSeeder
{
    public const string Actor = "system:catalogue-seed";

    public int Order => 5;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var existingCodes = await db.Items.Select(i => i.Code).ToListAsync(cancellationToken);
        var addedItems = 0;
        foreach (var item in StandardItems.All().Where(i => !existingCodes.Contains(i.ItemCode)))
        {
            var row = new CatalogueItem { Code = item.ItemCode, Name = item.Name, CurrentVersion = 1, CreatedAt = now, CreatedBy = Actor };
            db.Items.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            db.ItemVersions.Add(SchemaJson.ToRow(item, row.Id, "标准目录初始版本", now, Actor));
            await db.SaveChangesAsync(cancellationToken);
            addedItems++;
        }

        var addedRules = 0;
        if (!await db.RuleVersions.AnyAsync(cancellationToken))
        {
            db.RuleVersions.AddRange(StandardPublicityRules.Versions());
            await db.SaveChangesAsync(cancellationToken);
            db.RulePeriods.AddRange(StandardPublicityRules.Periods());
            addedRules = 1;
        }

        if (!await db.ClassMappings.AnyAsync(cancellationToken))
        {
            foreach (var m in StandardPublicityRules.Mappings())
            {
                m.CreatedAt = now;
                db.ClassMappings.Add(m);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return $"信用目录 / catalogue: {existingCodes.Count + addedItems} 个信息项（本次新增 {addedItems}）{(addedRules > 0 ? "，已写入公示期限规则" : "")}";
    }
}
