namespace Huzhou.Credit.Identity.Features;

/// <summary>A line of the staff accounts page.</summary>
internal sealed record UserListRow(long Id, string UserName, string DisplayName, string DepartmentName, string DistrictName, IReadOnlyList<string> Roles, bool IsActive, bool IsLockedOut, DateTimeOffset? LastSignInAt);
