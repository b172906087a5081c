using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Lists.Domain;

namespace Huzhou.Credit.Lists.Areas.Lists.Models;

/// <summary>The authority departments of a list type, as the city credit office edits them.</summary>
internal sealed record ListTypeAuthoritiesViewModel(ListType Type, IReadOnlyList<DepartmentInfo> Departments, IReadOnlyCollection<string> Chosen);
