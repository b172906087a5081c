using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Models;

internal sealed record CatalogueIndexViewModel(IReadOnlyList<CatalogueItemSummary> Items, DossierSection? Section, bool MayEdit);
