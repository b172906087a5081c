using Huzhou.Credit.Lists.Domain;

namespace Huzhou.Credit.Lists.Areas.Lists.Models;

/// <summary>The list-type page: every type, and whether the user may edit their authority departments.</summary>
internal sealed record ListTypesViewModel(IReadOnlyList<ListType> Types, bool MayEditAuthorities);
