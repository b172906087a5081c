namespace Huzhou.Credit.Contracts.Identity;

/// <summary>Claims the Identity module writes into the staff sign-in cookie; the layout and modules read them.</summary>
public static class StaffClaimTypes
{
    /// <summary>The user's Chinese display name.</summary>
    public const string DisplayName = "hzc:display_name";

    /// <summary>The department code.</summary>
    public const string Department = "hzc:department";

    /// <summary>The department's Chinese name.</summary>
    public const string DepartmentName = "hzc:department_name";

    /// <summary>The district code (330500 for the city).</summary>
    public const string District = "hzc:district";

    /// <summary><c>true</c> for city-level staff, who see every district.</summary>
    public const string CityLevel = "hzc:city_level";
}
