using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Identity;

namespace Huzhou.Credit.Collection.Areas.Collection.Models;

internal sealed record UploadViewModel(IReadOnlyList<CatalogueItemSummary> Items, IReadOnlySet<string> ProvidedByMyDepartment, string? SelectedItem, IReadOnlyList<DepartmentInfo> Departments, string? SelectedDepartment, bool MayChooseDepartment);
