using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>The alert owners a staff member reads for: himself and his department.</summary>
internal static class StaffOwners
{
    public const string City = "330500";

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

        return [.. owners];
    }

    public static string Scope(ICurrentStaff staff) => staff.IsCityLevel ? City : staff.DistrictCode ?? City;
}
