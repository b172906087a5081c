namespace Huzhou.Credit.Identity.Features;

/// <summary>The changes an administrator makes to an account: name, department, roles, enabled or not.</summary>
internal sealed record StaffUserChange(string DisplayName, long DepartmentId, IReadOnlyList<string> Roles, bool IsActive);
