using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Features;

/// <summary>An item with the version shown, its history (newest first) and its active option synonyms.</summary>
internal sealed record CatalogueItemDetails(CatalogueItem Item, CatalogueItemVersion Shown, IReadOnlyList<VersionInfo> History, IReadOnlyList<OptionSynonym> Synonyms);
