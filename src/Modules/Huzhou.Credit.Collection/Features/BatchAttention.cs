using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Collection.Features;

/// <summary>The interrupted and failed batches for the administrators' job page (<see cref="IBatchAttention"/>).</summary>
internal sealed class BatchAttention(CollectionDbContext db, BatchRecovery recovery, TimeProvider clock) : IBatchAttention
{
    public async Task<IReadOnlyList<BatchNeedingAttention>> ListAsync(int days, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now.AddDays(-Math.Clamp(days, 1, 366));
        var seen = now - BatchLabels.InterruptedAfter;
        var batches = await db.Batches.AsNoTracking()
            .Where(b => b.CreatedAt >= since && (b.Status == BatchStatus.Failed
                || (b.StoredPath != null && (b.Status == BatchStatus.Running || (b.Status == BatchStatus.Queued && b.Error != null))
                    && (b.HeartbeatAt == null || b.HeartbeatAt < seen))))
            .OrderByDescending(b => b.Id).Take(100).ToListAsync(cancellationToken);
        return [.. batches.Select(b => new BatchNeedingAttention(
            b.Id, b.DepartmentCode, b.ItemCode, BatchLabels.Status(b, now), b.Status == BatchStatus.Failed, b.Attempts, b.RowsRead,
            b.CreatedAt, b.HeartbeatAt, b.Error))];
    }

    public Task<Result> RequeueAsync(long batchId, CancellationToken cancellationToken) => recovery.RequeueAsync(batchId, cancellationToken);
}
