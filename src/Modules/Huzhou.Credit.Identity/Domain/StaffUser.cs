using Microsoft.AspNetCore.Identity;

namespace Huzhou.Credit.Identity.Domain;

/// <summary>A staff account (统一用户). Accounts are disabled, never deleted, so the audit log keeps its meaning.</summary>
internal sealed class StaffUser : IdentityUser<long>
{
    public string DisplayName { get; set; } = "";

    public long DepartmentId { get; set; }

    public Department? Department { get; set; }

    /// <summary>Copied from the department at assignment, so scoping is one claim away.</summary>
    public string DistrictCode { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
