using System.Globalization;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Workbench;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// The workbench's collection items, over the last <see cref="Days"/> days of the batches the user sees on the batch
/// page (<see cref="BatchQueries.VisibleTo"/>): for department staff their department's completed batches with rejected
/// rows that no later completed batch of the same item has followed (not yet re-delivered) and its failed batches; for
/// the credit office the failed and interrupted batches it may requeue (as <see cref="BatchAttention"/>). Counts over
/// the (department, created) and (created) indexes.
/// </summary>
internal sealed class BatchWorkbench(CollectionDbContext db, TimeProvider clock) : IWorkbenchSource
{
    /// <summary>How far back the workbench looks.</summary>
    public const int Days = 30;

    public async Task<IReadOnlyList<WorkItem>> ItemsAsync(ICurrentStaff staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var now = clock.GetUtcNow();
        var since = now.AddDays(-Days);
        var recent = BatchQueries.VisibleTo(staff, db.Batches.AsNoTracking()).Where(b => b.CreatedAt >= since);
        var items = new List<WorkItem>();
        if (staff.IsInRole(CreditRoles.CreditOffice))
        {
            var failed = await recent.LongCountAsync(b => b.Status == BatchStatus.Failed, cancellationToken);
            var interrupted = await recent.Where(CollectionBatch.InterruptedAt(now)).LongCountAsync(cancellationToken);
            if (failed + interrupted > 0)
            {
                items.Add(new WorkItem("collection.attention", "处理失败或中断的归集批次", failed + interrupted, "/collection", WorkItemUrgency.Normal,
                    [string.Create(CultureInfo.InvariantCulture, $"近 {Days} 日：失败 {failed} 个，中断 {interrupted} 个，可在批次页重新排队")]));
            }

            return items;
        }

        if (!staff.IsInRole(CreditRoles.DepartmentStaff) && !staff.IsInRole(CreditRoles.DepartmentReviewer))
        {
            return items;
        }

        // Not re-delivered: no later completed batch of the same department and item.
        var open = recent.Where(b => !db.Batches.Any(later => later.DepartmentCode == b.DepartmentCode && later.ItemCode == b.ItemCode
            && later.Status == BatchStatus.Completed && later.CreatedAt > b.CreatedAt));
        var rejected = await open.Where(b => b.Status == BatchStatus.Completed && b.Rejected > 0).GroupBy(_ => 1)
            .Select(g => new { Count = g.LongCount(), Rows = g.Sum(b => b.Rejected) })
            .SingleOrDefaultAsync(cancellationToken);
        if (rejected is not null)
        {
            items.Add(new WorkItem("collection.rejected", "有退回数据待修正重报的批次", rejected.Count, "/collection", WorkItemUrgency.Normal,
                [string.Create(CultureInfo.InvariantCulture, $"近 {Days} 日共退回 {rejected.Rows:N0} 行，下载退回报告修正后重新报送")]));
        }

        var failedBatches = await open.LongCountAsync(b => b.Status == BatchStatus.Failed, cancellationToken);
        if (failedBatches > 0)
        {
            items.Add(new WorkItem("collection.failed", "处理失败的归集批次", failedBatches, "/collection", WorkItemUrgency.Normal,
                [string.Create(CultureInfo.InvariantCulture, $"近 {Days} 日，请查看原因后重新上传")]));
        }

        return items;
    }
}
