using Huzhou.Credit.Contracts.Identity;

namespace Huzhou.Credit.Contracts.Workbench;

/// <summary>
/// A module's contribution to the staff workbench (工作台): what waits for this user in the module, scoped exactly as the
/// module's own list pages scope it (department, district or the whole city). Each module with waiting work registers
/// one (scoped); the host asks every source when <c>/staff</c> opens, so an implementation answers with a few cheap,
/// indexed COUNT queries and never scans the record store.
/// </summary>
public interface IWorkbenchSource
{
    /// <summary>The items waiting for <paramref name="staff"/>, only those with a count above zero (empty: nothing waits here).</summary>
    Task<IReadOnlyList<WorkItem>> ItemsAsync(ICurrentStaff staff, CancellationToken cancellationToken);
}
