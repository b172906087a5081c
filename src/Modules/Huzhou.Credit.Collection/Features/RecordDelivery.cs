using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Parsing;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Identity;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// Deliveries from other modules (<see cref="IRecordDelivery"/>): a batch of source 平台业务 run at once through the
/// same <see cref="BatchProcessor"/> as files and the API, so validation, subject resolution and history are the same.
/// </summary>
internal sealed class RecordDelivery(CollectionDbContext db, BatchProcessor processor, ICatalogue catalogue, IDepartmentDirectory departments, TimeProvider clock) : IRecordDelivery
{
    public async Task<RecordDeliveryResult> DeliverAsync(RecordDeliveryRequest request, CancellationToken cancellationToken = default)
    {
        var item = await catalogue.GetCurrentAsync(request.ItemCode, cancellationToken);
        if (item is null || item.IsRetired)
        {
            return new RecordDeliveryResult(0, false, 0, 0, 0, [], $"目录信息项“{request.ItemCode}”不存在或已停用。");
        }

        if (request.Rows.Count == 0)
        {
            return new RecordDeliveryResult(0, true, 0, 0, 0, [], null);
        }

        var department = (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == request.DepartmentCode);
        var batch = new CollectionBatch
        {
            ItemCode = item.ItemCode,
            ItemVersion = item.Version,
            DepartmentCode = request.DepartmentCode,
            DistrictCode = department?.DistrictCode ?? "",
            Source = BatchSource.Platform,
            Status = BatchStatus.Queued,
            FileName = request.SourceName.Length > 200 ? request.SourceName[..200] : request.SourceName,
            CreatedBy = request.Actor,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Batches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        await using var source = JsonRowSource.FromDictionaries(request.Rows);
        var map = HeaderMap.Build(item, source.Headers);
        if (!map.CanImport)
        {
            await processor.FailAsync(batch, "缺少必填字段：" + string.Join("、", map.MissingRequired.Select(f => f.Label)), cancellationToken);
            return new RecordDeliveryResult(batch.Id, false, 0, 0, 0, [], batch.Error);
        }

        batch = await processor.RunAsync(batch.Id, source, cancellationToken);
        var rejections = await db.Rejections.AsNoTracking().Where(r => r.BatchId == batch.Id).OrderBy(r => r.RowNumber)
            .Select(r => new RecordDeliveryRejection(r.RowNumber, r.FieldLabel, r.Reason))
            .ToListAsync(cancellationToken);
        return new RecordDeliveryResult(batch.Id, batch.Status == BatchStatus.Completed, batch.Inserted, batch.Updated, batch.Unchanged, rejections, batch.Status == BatchStatus.Completed ? null : batch.Error);
    }
}
