namespace Huzhou.Credit.Contracts.Identity;

/// <summary>The departments (成员单位) of the city and its districts, which are data in the Identity module.</summary>
public interface IDepartmentDirectory
{
    /// <summary>All departments, active ones first, by district then name.</summary>
    Task<IReadOnlyList<DepartmentInfo>> ListAsync(CancellationToken cancellationToken = default);
}

/// <summary>A department as other modules see it.</summary>
/// <param name="Code">Stable code such as <c>HZ-SJJ</c>.</param>
/// <param name="Name">Full Chinese name.</param>
/// <param name="ShortName">Short name.</param>
/// <param name="DistrictCode">The district it belongs to.</param>
/// <param name="IsActive">False once deactivated.</param>
public sealed record DepartmentInfo(string Code, string Name, string ShortName, string DistrictCode, bool IsActive);
