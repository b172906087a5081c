using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// The alert owners a staff member reads for: himself, his department, a credit office's own inbox (<c>c:</c> + its
/// district, 330500 for the city) and, for a department reviewer, the alerts escalated to his department's reviewers
/// (<c>r:</c> + department).
/// </summary>
internal static class StaffOwners
{
    public const string City = "330500";

    /// <summary>A credit office's own inbox (e.g. 逾期未报送 of every provider for the city office).</summary>
    public static string CreditOffice(string district) => "c:" + district;

    /// <summary>The reviewers of a department: the escalation target of its lists.</summary>
    public static string Reviewers(string department) => "r:" + department;

    /// <summary>Where a list created by this user escalates its unacknowledged serious alerts: his credit office for a credit office user, else his department's reviewers.</summary>
    public static string? EscalationOf(ICurrentStaff staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return staff.IsInRole(CreditRoles.CreditOffice) ? CreditOffice(Scope(staff)) : staff.DepartmentCode is { } d ? Reviewers(d) : null;
    }

    public static string[] Of(ICurrentStaff staff)
    {
        var owners = new List<string>(2);
        if (staff.UserName is { } user)
        {
            owners.Add(WatchList.UserOwner(user));
        }

        if (staff.DepartmentCode is { } department)
        {
            owners.Add(WatchList.DepartmentOwner(department));
        }

        if (staff.IsInRole(CreditRoles.CreditOffice))
        {
            owners.Add(CreditOffice(Scope(staff)));
        }

        if (staff.DepartmentCode is { } reviewed && staff.IsInRole(CreditRoles.DepartmentReviewer))
        {
            owners.Add(Reviewers(reviewed));
        }

        return [.. owners];
    }

    public static string Scope(ICurrentStaff staff) => staff.IsCityLevel ? City : staff.DistrictCode ?? City;
}
