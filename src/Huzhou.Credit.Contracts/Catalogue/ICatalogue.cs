namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>Reads the public credit information catalogue (公共信用信息目录). Implemented by the Catalogue module.</summary>
public interface ICatalogue
{
    /// <summary>Every item, current versions, retired ones last.</summary>
    Task<IReadOnlyList<CatalogueItemSummary>> ListItemsAsync(bool includeRetired, CancellationToken cancellationToken = default);

    /// <summary>The current version of an item, or null when the code is unknown.</summary>
    Task<CatalogueItemVersion?> GetCurrentAsync(string itemCode, CancellationToken cancellationToken = default);

    /// <summary>A given version of an item, or null.</summary>
    Task<CatalogueItemVersion?> GetVersionAsync(string itemCode, int version, CancellationToken cancellationToken = default);

    /// <summary>The publicity rule versions (2019, 2023, 2025 ...), oldest first, with the document each rests on.</summary>
    Task<IReadOnlyList<PublicityRuleVersionInfo>> ListRuleVersionsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// A validator for rows of one item version. It is built once per delivery and called for every row, so
    /// it must be fast and allocation-light; it is safe to use from one thread at a time.
    /// </summary>
    IRowValidator CreateValidator(CatalogueItemVersion item);
}
