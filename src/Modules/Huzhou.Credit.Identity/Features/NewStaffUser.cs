namespace Huzhou.Credit.Identity.Features;

/// <summary>A new staff account (validated: the user name normalised, the department active, at least one role).</summary>
internal sealed record NewStaffUser(string UserName, string DisplayName, long DepartmentId, IReadOnlyList<string> Roles, bool IsActive, string Password);
