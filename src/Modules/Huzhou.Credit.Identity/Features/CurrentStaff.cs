using System.Security.Claims;
using Huzhou.Credit.Contracts.Identity;
using Microsoft.AspNetCore.Http;

namespace Huzhou.Credit.Identity.Features;

internal sealed class CurrentStaff(IHttpContextAccessor accessor) : ICurrentStaff
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public bool IsAuthenticated =>
        User?.Identity?.IsAuthenticated == true && User.FindFirst(ApiKeyDefaults.ClientIdClaim) is null
        && User.Identity.AuthenticationType is not (OrganisationAccountDefaults.Scheme or CitizenAccountDefaults.Scheme);

    public long? UserId =>
        IsAuthenticated && long.TryParse(User!.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => IsAuthenticated ? User!.Identity!.Name : null;

    public string? DepartmentCode => IsAuthenticated ? User!.FindFirstValue(StaffClaimTypes.Department) : null;

    public string? DistrictCode => IsAuthenticated ? User!.FindFirstValue(StaffClaimTypes.District) : null;

    public bool IsCityLevel => IsAuthenticated && User!.FindFirstValue(StaffClaimTypes.CityLevel) == "true";

    public bool IsInRole(string role) => IsAuthenticated && User!.IsInRole(role);

    public bool CanSeeDistrict(string? districtCode) =>
        IsAuthenticated && (IsCityLevel || (districtCode is not null && districtCode == DistrictCode));
}
