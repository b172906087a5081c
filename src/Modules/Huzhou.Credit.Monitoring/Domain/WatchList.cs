namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>
/// A watch list (关注名单): a department's shared list (<see cref="OwnerDepartment"/>) or a user's personal one
/// (<see cref="OwnerUser"/>). Its alerts go to <see cref="Owner"/>; <see cref="ScopeDistrict"/> is the owner's district
/// (330500 for city-level owners), the only district whose subjects it may watch and be told about.
/// </summary>
internal sealed class WatchList
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The alerts' owner key: <c>d:</c> + department code, or <c>u:</c> + login name.</summary>
    public string Owner { get; set; } = "";

    public string? OwnerDepartment { get; set; }

    public string? OwnerUser { get; set; }

    public string ScopeDistrict { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    /// <summary>
    /// Where its serious alerts left unacknowledged go (<see cref="Features.StaffOwners.EscalationOf"/>, from the creator):
    /// his department's reviewers, or his credit office when the creator is one.
    /// </summary>
    public string? EscalateTo { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool IsShared => OwnerDepartment is not null;

    public static string DepartmentOwner(string department) => "d:" + department;

    public static string UserOwner(string login) => "u:" + login.ToLowerInvariant();
}
