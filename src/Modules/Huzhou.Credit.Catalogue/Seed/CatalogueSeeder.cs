using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Catalogue.Features;
using Huzhou.Credit.Catalogue.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
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

        var revised = await ReviseStandardItemsAsync(now, cancellationToken);
        var periods = await SetStandardPeriodsAsync(now, cancellationToken);
        var synonyms = await AddStandardSynonymsAsync(now, cancellationToken);

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
        return $"信用目录 / catalogue: {existingCodes.Count + addedItems} 个信息项（本次新增 {addedItems}，按标准更新 {revised}，新增同义词 {synonyms}，设定应报送周期 {periods}）" +
            (addedRules > 0 ? "，已写入公示期限规则" : "");
    }

    /// <summary>The standard items' expected delivery periods, on items nobody has set one for (an edit, even a clearing, wins).</summary>
    private async Task<int> SetStandardPeriodsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var codes = StandardDeliveryPeriods.All.Keys.ToList();
        var unset = await db.Items.Where(i => codes.Contains(i.Code) && i.ExpectedPeriodSetBy == null && !i.IsRetired).ToListAsync(cancellationToken);
        foreach (var item in unset)
        {
            var period = StandardDeliveryPeriods.All[item.Code];
            (item.ExpectedPeriodCount, item.ExpectedPeriodUnit, item.ExpectedPeriodSetBy, item.ExpectedPeriodSetAt) = (period.Count, period.Unit, Actor, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return unset.Count;
    }

    /// <summary>
    /// A standard item whose current version the seed wrote, and which today's standard definition changes (e.g.
    /// amounts never negative, 长期 in validity columns), gets a new version with that definition. A version an
    /// administrator wrote is left alone: the administrator's schema wins.
    /// </summary>
    private async Task<int> ReviseStandardItemsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var revised = 0;
        foreach (var standard in StandardItems.All())
        {
            var item = await db.Items.FirstOrDefaultAsync(i => i.Code == standard.ItemCode, cancellationToken);
            var current = item is null ? null : await db.ItemVersions.AsNoTracking()
                .FirstOrDefaultAsync(v => v.ItemCode == item.Code && v.Version == item.CurrentVersion, cancellationToken);
            if (item is null || current is null || current.CreatedBy != Actor || item.IsRetired)
            {
                continue;
            }

            var stored = SchemaJson.ToContract(current, false);
            if (SchemaJson.Serialize(stored.Fields) == SchemaJson.Serialize(standard.Fields) && SchemaJson.Serialize(stored.Keys) == SchemaJson.Serialize(standard.Keys))
            {
                continue;
            }

            var version = standard with { Version = item.CurrentVersion + 1 };
            db.ItemVersions.Add(SchemaJson.ToRow(version, item.Id, "按标准更新：金额不得为负并注明计量单位，有效期可填“长期”", now, Actor));
            item.CurrentVersion = version.Version;
            item.Name = version.Name;
            await db.SaveChangesAsync(cancellationToken);
            revised++;
        }

        return revised;
    }

    /// <summary>Adds the standard synonyms not yet present (an administrator's deactivation of one is respected).</summary>
    private async Task<int> AddStandardSynonymsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var known = (await db.Synonyms.AsNoTracking().Select(o => new { o.ItemCode, o.FieldKey, o.Normalised }).ToListAsync(cancellationToken))
            .Select(o => (o.ItemCode, o.FieldKey, o.Normalised)).ToHashSet();
        var added = 0;
        foreach (var (item, field, code, text) in StandardSynonyms.All())
        {
            var normalised = OptionText.Normalise(text);
            if (known.Add((item, field, normalised)))
            {
                db.Synonyms.Add(new OptionSynonym
                {
                    ItemCode = item, FieldKey = field, Code = code, Text = text, Normalised = normalised,
                    Note = "标准及常见报送写法", CreatedAt = now, CreatedBy = Actor,
                });
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
