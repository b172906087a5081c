using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Features;

/// <summary>The catalogue as other modules read it.</summary>
internal sealed class CatalogueReader(CatalogueCache cache, TimeProvider clock) : ICatalogue
{
    public Task<IReadOnlyList<CatalogueItemSummary>> ListItemsAsync(bool includeRetired, CancellationToken cancellationToken = default)
    {
        var items = cache.Get().Items;
        return Task.FromResult<IReadOnlyList<CatalogueItemSummary>>(includeRetired ? items : items.Where(i => !i.IsRetired).ToList());
    }

    public Task<CatalogueItemVersion?> GetCurrentAsync(string itemCode, CancellationToken cancellationToken = default) =>
        Task.FromResult(cache.Get().Current.GetValueOrDefault(itemCode?.Trim() ?? ""));

    public Task<CatalogueItemVersion?> GetVersionAsync(string itemCode, int version, CancellationToken cancellationToken = default)
    {
        var snapshot = cache.Get();
        var code = snapshot.Current.TryGetValue(itemCode?.Trim() ?? "", out var current) ? current.ItemCode : itemCode ?? "";
        return Task.FromResult(snapshot.Versions.GetValueOrDefault((code, version)));
    }

    public Task<IReadOnlyList<PublicityRuleVersionInfo>> ListRuleVersionsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(cache.Get().RuleVersions);

    public IRowValidator CreateValidator(CatalogueItemVersion item) => new RowValidator(item, clock);
}
