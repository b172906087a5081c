using Huzhou.Credit.Catalogue.Domain;

namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Models;

internal sealed record RetireViewModel(CatalogueItem Item, RetireForm Form);
