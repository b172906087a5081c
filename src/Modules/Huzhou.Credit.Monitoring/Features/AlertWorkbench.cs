using System.Globalization;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Workbench;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>The workbench's monitoring item: alerts of the user's and his department's lists not yet acknowledged (serious ones in amber).</summary>
internal sealed class AlertWorkbench(AlertInbox inbox) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ItemsAsync(ICurrentStaff staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (!(staff.IsInRole(CreditRoles.CreditOffice) || staff.IsInRole(CreditRoles.DepartmentStaff) || staff.IsInRole(CreditRoles.DepartmentReviewer)))
        {
            return [];
        }

        var tally = await inbox.Visible().Where(a => a.AcknowledgedAt == null)
            .GroupBy(_ => 1)
            .Select(g => new { Open = g.LongCount(), Serious = g.LongCount(a => a.Serious) })
            .SingleOrDefaultAsync(cancellationToken);
        if (tally is null || tally.Open == 0)
        {
            return [];
        }

        return
        [
            new WorkItem("monitoring.open", "待确认的信用监测提醒", tally.Open, "/monitoring/alerts?open=true",
                tally.Serious > 0 ? WorkItemUrgency.DueSoon : WorkItemUrgency.Normal,
                tally.Serious > 0 ? [string.Create(CultureInfo.InvariantCulture, $"其中严重 {tally.Serious} 条")] : []),
        ];
    }
}
