namespace Huzhou.Credit.Contracts.Identity;

/// <summary>The active staff accounts of one department, for "assign to a colleague" pickers. Implemented by the Identity module.</summary>
public interface IDepartmentColleagues
{
    /// <summary>The department's active staff accounts, by display name.</summary>
    Task<IReadOnlyList<Colleague>> ColleaguesAsync(string departmentCode, CancellationToken cancellationToken = default);
}
