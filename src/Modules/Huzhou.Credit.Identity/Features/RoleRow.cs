using Huzhou.Credit.Identity.Domain;

namespace Huzhou.Credit.Identity.Features;

/// <summary>A role with how many accounts hold it.</summary>
internal sealed record RoleRow(StaffRole Role, int Users);
