using System.Globalization;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Workbench;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// The workbench's 逾期未报送 item: department staff and reviewers see how many of their department's catalogue items are
/// overdue (linking to their scorecard), the credit office how many providers of its districts are (linking to the
/// overdue list). Read live from <see cref="OverdueProviders"/> (the cached catalogue and one grouped query over the
/// statistics rows' (department, item, day) index).
/// </summary>
internal sealed class OverdueWorkbench(OverdueProviders overdue, Scorecards scorecards) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ItemsAsync(ICurrentStaff staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (staff.IsInRole(CreditRoles.CreditOffice))
        {
            var late = (await overdue.ListAsync(await scorecards.VisibleDepartmentsAsync(cancellationToken), cancellationToken)).Where(p => p.IsOverdue).ToList();
            return late.Count == 0 ? [] :
            [
                new WorkItem("collection.overdue", "逾期未报送的目录项", late.Count, "/collection/overdue", WorkItemUrgency.Overdue,
                    [string.Create(CultureInfo.InvariantCulture, $"涉及 {late.Select(p => p.DepartmentCode).Distinct().Count()} 个部门，其中从未报送 {late.Count(p => p.LastDeliveredOn is null)} 项")]),
            ];
        }

        if (string.IsNullOrEmpty(staff.DepartmentCode) || !(staff.IsInRole(CreditRoles.DepartmentStaff) || staff.IsInRole(CreditRoles.DepartmentReviewer)))
        {
            return [];
        }

        var mine = (await overdue.ListAsync([staff.DepartmentCode], cancellationToken)).Where(p => p.IsOverdue).ToList();
        return mine.Count == 0 ? [] :
        [
            new WorkItem("collection.overdue", string.Create(CultureInfo.InvariantCulture, $"{mine.Count} 个目录项逾期未报送"), mine.Count, "/collection/scorecard", WorkItemUrgency.Overdue,
                [string.Join("、", mine.Take(3).Select(p => p.ItemName)) + (mine.Count > 3 ? " 等" : "") + "，请按应报送周期报送"]),
        ];
    }
}
