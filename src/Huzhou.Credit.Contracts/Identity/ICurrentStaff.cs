namespace Huzhou.Credit.Contracts.Identity;

/// <summary>
/// The signed-in staff member of the current request, with the department and district that scope
/// what they may see. Implemented by the Identity module from the sign-in cookie's claims.
/// </summary>
public interface ICurrentStaff
{
    /// <summary>True when a staff member (not an anonymous visitor or an API client) is signed in.</summary>
    bool IsAuthenticated { get; }

    /// <summary>The user's id, or null when anonymous.</summary>
    long? UserId { get; }

    /// <summary>The user's sign-in name (not personal data: an account name such as <c>wuxing.staff</c>).</summary>
    string? UserName { get; }

    /// <summary>The code of the user's department.</summary>
    string? DepartmentCode { get; }

    /// <summary>The user's district; <c>330500</c> for city-level staff.</summary>
    string? DistrictCode { get; }

    /// <summary>City-level staff see every district; district staff only their own.</summary>
    bool IsCityLevel { get; }

    /// <summary>Whether the user holds the role (see <see cref="CreditRoles"/>).</summary>
    bool IsInRole(string role);

    /// <summary>Whether non-public data of a subject registered in <paramref name="districtCode"/> may be shown.</summary>
    bool CanSeeDistrict(string? districtCode);
}
