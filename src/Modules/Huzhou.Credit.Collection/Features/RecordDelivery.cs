using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Parsing;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Identity;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// Deliveries from other modules (<see cref="IRecordDelivery"/>): a batch of source 平台业务 run at once through the
/// same <see cref="BatchProcessor"/> as files and the API, so validation, subject resolution and history are the same.
/// </summary>
internal sealed class RecordDelivery(InMemoryDelivery delivery, ICatalogue catalogue, IDepartmentDirectory departments) : IRecordDelivery
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
        await using var source = JsonRowSource.FromDictionaries(request.Rows);
        var (batch, missingFields, rejections) = await delivery.RunAsync(
            item, new InMemoryBatch(request.DepartmentCode, department?.DistrictCode, BatchSource.Platform, request.Actor, request.SourceName, true), source, cancellationToken);
        if (missingFields)
        {
            return new RecordDeliveryResult(batch.Id, false, 0, 0, 0, [], batch.Error);
        }

        return new RecordDeliveryResult(batch.Id, batch.Status == BatchStatus.Completed, batch.Inserted, batch.Updated, batch.Unchanged,
            rejections.Select(r => new RecordDeliveryRejection(r.RowNumber, r.FieldLabel, r.Reason)).ToList(), batch.Status == BatchStatus.Completed ? null : batch.Error);
    }
}
