using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Catalogue.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Catalogue.Features;

/// <summary>Reads of the catalogue pages: an item with its history, and the publicity rules.</summary>
internal sealed class CatalogueQueries(CatalogueDbContext db, ICatalogue catalogue, SynonymEditing synonyms)
{
    public Task<CatalogueItem?> ItemAsync(string code, CancellationToken cancellationToken) =>
        db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Code == code, cancellationToken);

    /// <summary>The item with <paramref name="version"/> (its current version when null); null when either does not exist.</summary>
    public async Task<CatalogueItemDetails?> DetailsAsync(string code, int? version, CancellationToken cancellationToken)
    {
        var item = await ItemAsync(code, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var shown = await catalogue.GetVersionAsync(item.Code, version ?? item.CurrentVersion, cancellationToken);
        if (shown is null)
        {
            return null;
        }

        var history = await db.ItemVersions.AsNoTracking().Where(v => v.ItemId == item.Id).OrderByDescending(v => v.Version)
            .Select(v => new VersionInfo(v.Version, v.CreatedAt, v.CreatedBy, v.ChangeNote)).ToListAsync(cancellationToken);
        return new CatalogueItemDetails(item, shown with { IsRetired = item.IsRetired }, history, await synonyms.ListAsync(item.Code, cancellationToken));
    }

    public async Task<PublicityRuleTables> PublicityRulesAsync(CancellationToken cancellationToken) => new(
        await db.RuleVersions.AsNoTracking().OrderBy(v => v.EffectiveFrom).ToListAsync(cancellationToken),
        await db.RulePeriods.AsNoTracking().OrderBy(p => p.RuleCode).ThenBy(p => p.Class).ThenBy(p => p.Sector).ToListAsync(cancellationToken),
        await db.ClassMappings.AsNoTracking().OrderByDescending(m => m.IsActive).ThenBy(m => m.PenaltyKind).ThenBy(m => m.Id).ToListAsync(cancellationToken));
}
