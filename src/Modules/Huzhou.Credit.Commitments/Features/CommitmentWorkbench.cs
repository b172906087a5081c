using System.Globalization;
using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Workbench;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Commitments.Features;

/// <summary>
/// The workbench's commitment items: commitments in force made to the user's own department (within what
/// <see cref="CommitmentQueries.Visible"/> shows it — district staff their district) whose term has ended and that wait for
/// the 践诺 verification, and those ending within <see cref="DueWithinDays"/> days. Counts over the
/// (department, status, due) index; the links open the list with the same filter (<c>due=overdue</c> / <c>due=month</c>).
/// </summary>
internal sealed class CommitmentWorkbench(CommitmentQueries queries) : IWorkbenchSource
{
    /// <summary>The window of the "due soon" item, the list's <c>due=month</c> filter.</summary>
    public const int DueWithinDays = 30;

    /// <summary>A commitment ending within this many days makes the item amber.</summary>
    public const int UrgentWithinDays = 7;

    public async Task<IReadOnlyList<WorkItem>> ItemsAsync(ICurrentStaff staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (staff.DepartmentCode is not { } department
            || !(staff.IsInRole(CreditRoles.CreditOffice) || staff.IsInRole(CreditRoles.DepartmentStaff) || staff.IsInRole(CreditRoles.DepartmentReviewer)))
        {
            return [];
        }

        var today = queries.Today;
        var end = today.AddDays(DueWithinDays);
        var inForce = queries.Visible(staff).Where(c => c.DepartmentCode == department && c.Status == CommitmentStatus.InForce && c.DueOn <= end);
        var tally = await inForce.GroupBy(_ => 1)
            .Select(g => new
            {
                Overdue = g.LongCount(c => c.DueOn < today),
                Oldest = g.Min(c => c.DueOn < today ? (DateOnly?)c.DueOn : null),
                Due = g.LongCount(c => c.DueOn >= today),
                Nearest = g.Min(c => c.DueOn >= today ? (DateOnly?)c.DueOn : null),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (tally is null)
        {
            return [];
        }

        var items = new List<WorkItem>();
        if (tally.Overdue > 0)
        {
            items.Add(new WorkItem("commitments.overdue", "期限届满待核查践诺的承诺", tally.Overdue, "/commitments?due=overdue", WorkItemUrgency.Overdue,
                [string.Create(CultureInfo.InvariantCulture, $"最早于 {tally.Oldest:yyyy-MM-dd} 届满")]));
        }

        if (tally.Due > 0 && tally.Nearest is { } nearest)
        {
            items.Add(new WorkItem("commitments.due", $"{DueWithinDays} 日内到期的承诺", tally.Due, "/commitments?due=month",
                nearest <= today.AddDays(UrgentWithinDays) ? WorkItemUrgency.DueSoon : WorkItemUrgency.Normal,
                [string.Create(CultureInfo.InvariantCulture, $"最近于 {nearest:yyyy-MM-dd} 到期")]));
        }

        return items;
    }
}
