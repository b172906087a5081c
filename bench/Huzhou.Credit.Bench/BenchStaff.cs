using Huzhou.Credit.Contracts.Identity;

namespace Huzhou.Credit.Bench;

/// <summary>A signed-in department clerk as the inbox sees him (what the cookie's claims give a request), for the monitoring bench.</summary>
internal sealed class BenchStaff(string userName, string departmentCode) : ICurrentStaff
{
    public bool IsAuthenticated => true;

    public long? UserId => 1;

    public string? UserName => userName;

    public string? DepartmentCode => departmentCode;

    public string? DistrictCode => "330500";

    public bool IsCityLevel => true;

    public bool IsInRole(string role) => false;

    public bool CanSeeDistrict(string? districtCode) => true;
}
