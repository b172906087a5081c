using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Features;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Identity.Areas.Identity.Models;

internal sealed record UserListViewModel(string? Q, long? DepartmentId, PagedList<UserListRow> Users, IReadOnlyList<Department> Departments);
