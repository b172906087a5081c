using Huzhou.Credit.Identity.Domain;

namespace Huzhou.Credit.Identity.Features;

/// <summary>A staff account as its edit form shows it, with its roles.</summary>
internal sealed record StaffUserDetail(StaffUser User, IReadOnlyList<string> Roles);
