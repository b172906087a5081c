using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Parsing;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// What the API delivery (<see cref="ApiDelivery"/>) and the other modules' deliveries (<see cref="RecordDelivery"/>)
/// share: rows already in memory become a batch (status 排队中, so the job page and the recovery see it like any other),
/// which fails at once when a required field has no column, and otherwise runs through the same
/// <see cref="BatchProcessor"/> as a file, in the caller's request. The caller has checked the item and the department.
/// </summary>
internal sealed class InMemoryDelivery(CollectionDbContext db, BatchProcessor processor, TimeProvider clock)
{
    /// <summary>The delivered batch as it ended; <c>MissingFields</c> when it failed for a required field without a column.</summary>
    public async Task<(CollectionBatch Batch, bool MissingFields, IReadOnlyList<BatchRejection> Rejections)> RunAsync(
        CatalogueItemVersion item, InMemoryBatch batchOf, JsonRowSource rows, CancellationToken cancellationToken)
    {
        var batch = new CollectionBatch
        {
            ItemCode = item.ItemCode,
            ItemVersion = item.Version,
            DepartmentCode = batchOf.DepartmentCode,
            DistrictCode = batchOf.DistrictCode ?? "",
            Source = batchOf.Source,
            Status = BatchStatus.Queued,
            FileName = batchOf.SourceName is { Length: > 200 } name ? name[..200] : batchOf.SourceName,
            CreatedBy = batchOf.Actor,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Batches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        var map = HeaderMap.Build(item, rows.Headers);
        if (!map.CanImport && batchOf.AnyRows)
        {
            await processor.FailAsync(batch, "缺少必填字段：" + string.Join("、", map.MissingRequired.Select(f => f.Label)), cancellationToken);
            return (batch, true, []);
        }

        batch = await processor.RunAsync(batch.Id, rows, cancellationToken);
        var rejections = await db.Rejections.AsNoTracking().Where(r => r.BatchId == batch.Id).OrderBy(r => r.RowNumber).ToListAsync(cancellationToken);
        return (batch, false, rejections);
    }
}
