namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Models;

internal sealed record ItemEditViewModel(ItemForm Form, bool IsNew, int? CurrentVersion);
