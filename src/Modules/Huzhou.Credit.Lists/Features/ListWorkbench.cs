using System.Globalization;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Workbench;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Lists.Features;

/// <summary>
/// The workbench's list item: for the credit office (<see cref="ListEntryWorkflow.MayDecide"/>) the proposals (拟列入)
/// waiting for its approval within its districts — the same scope as the staff register (<see cref="ListQueries.StaffAsync"/>):
/// a district office its district, the city office all. A count over the partial index of proposed entries.
/// </summary>
internal sealed class ListWorkbench(ListsDbContext db) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ItemsAsync(ICurrentStaff staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (!ListEntryWorkflow.MayDecide(staff))
        {
            return [];
        }

        var proposed = db.Entries.AsNoTracking().Where(e => e.Status == ListEntryStatus.Proposed);
        if (!staff.IsCityLevel)
        {
            var district = staff.DistrictCode ?? "";
            proposed = proposed.Where(e => e.DistrictCode == district);
        }

        var tally = await proposed.GroupBy(_ => 1).Select(g => new { Count = g.LongCount(), Oldest = g.Min(e => e.ProposedAt) }).SingleOrDefaultAsync(cancellationToken);
        if (tally is null)
        {
            return [];
        }

        var oldest = ShanghaiTime.ToShanghai(tally.Oldest);
        return
        [
            new WorkItem("lists.approve", "待审核的红黑名单列入申请", tally.Count, "/lists?status=Proposed", WorkItemUrgency.Normal,
                [string.Create(CultureInfo.InvariantCulture, $"最早一件提出于 {oldest:yyyy-MM-dd}")]),
        ];
    }
}
