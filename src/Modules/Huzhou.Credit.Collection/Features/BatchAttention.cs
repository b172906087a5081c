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
        var failed = db.Batches.Where(b => b.CreatedAt >= since && b.Status == BatchStatus.Failed);
        var interrupted = db.Batches.Where(b => b.CreatedAt >= since).Where(CollectionBatch.InterruptedAt(now));
        var batches = await failed.Concat(interrupted).AsNoTracking() // disjoint: failed, or running/queued
            .OrderByDescending(b => b.Id).Take(100).ToListAsync(cancellationToken);
        return [.. batches.Select(b => new BatchNeedingAttention(
            b.Id, b.DepartmentCode, b.ItemCode, BatchLabels.Status(b, now), b.Status == BatchStatus.Failed, b.Attempts, b.RowsRead,
            b.CreatedAt, b.HeartbeatAt, b.Error))];
    }

    public Task<Result> RequeueAsync(long batchId, CancellationToken cancellationToken) => recovery.RequeueAsync(batchId, cancellationToken);
}
