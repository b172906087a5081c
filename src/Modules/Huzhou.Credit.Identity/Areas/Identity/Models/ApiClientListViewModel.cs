using Huzhou.Credit.Identity.Domain;

namespace Huzhou.Credit.Identity.Areas.Identity.Models;

internal sealed record ApiClientListViewModel(IReadOnlyList<ApiClient> Clients, ApiClientForm Form, IReadOnlyList<Department> Departments, string? IssuedKey, string? IssuedName);
