using Huzhou.Credit.Identity.Domain;

namespace Huzhou.Credit.Identity.Areas.Identity.Models;

internal sealed record DepartmentListViewModel(IReadOnlyList<(Department Department, int Users)> Departments, IReadOnlyList<District> Districts);
