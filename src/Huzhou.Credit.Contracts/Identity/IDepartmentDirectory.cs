namespace Huzhou.Credit.Contracts.Identity;

/// <summary>The departments (成员单位) of the city and its districts, which are data in the Identity module.</summary>
public interface IDepartmentDirectory
{
    /// <summary>All departments, active ones first, by district then name.</summary>
    Task<IReadOnlyList<DepartmentInfo>> ListAsync(CancellationToken cancellationToken = default);
}
