using Huzhou.Credit.Identity.Domain;

namespace Huzhou.Credit.Identity.Areas.Identity.Models;

internal sealed record DepartmentEditViewModel(DepartmentForm Form, IReadOnlyList<District> Districts);
