namespace Huzhou.Credit.Contracts.Identity;

/// <summary>A department as other modules see it.</summary>
/// <param name="Code">Stable code such as <c>HZ-SJJ</c>.</param>
/// <param name="Name">Full Chinese name.</param>
/// <param name="ShortName">Short name.</param>
/// <param name="DistrictCode">The district it belongs to.</param>
/// <param name="IsActive">False once deactivated.</param>
public sealed record DepartmentInfo(string Code, string Name, string ShortName, string DistrictCode, bool IsActive);
