using Huzhou.Credit.Identity.Domain;

namespace Huzhou.Credit.Identity.Areas.Identity.Models;

internal sealed record UserEditViewModel(UserForm Form, IReadOnlyList<Department> Departments, IReadOnlyList<StaffRole> Roles);
