using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Parsing;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// <c>POST /api/v1/collection/{itemCode}/records</c>: the delivery is a batch like an upload, processed at once. Refused
/// before any batch exists for an unknown or retired item, unreadable records or an item the department does not
/// provide; refused with its failed batch when required fields are missing.
/// </summary>
internal sealed class ApiDelivery(InMemoryDelivery delivery, ICatalogue catalogue, IDepartmentDirectory departments)
{
    public async Task<(DeliveredBatch? Delivered, ApiDeliveryRefusal? Refusal)> DeliverAsync(ApiDeliveryRequest request, CancellationToken cancellationToken)
    {
        var item = await catalogue.GetCurrentAsync(request.ItemCode, cancellationToken);
        if (item is null || item.IsRetired)
        {
            return (null, new ApiDeliveryRefusal(ErrorKind.Invalid, "目录信息项无效", $"目录信息项“{request.ItemCode}”不存在或已停用。"));
        }

        JsonRowSource source;
        try
        {
            source = JsonRowSource.FromArray(request.Records);
        }
        catch (FormatException ex)
        {
            return (null, new ApiDeliveryRefusal(ErrorKind.Invalid, "请求格式错误", ex.Message));
        }

        var department = (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == request.DepartmentCode);
        if (!Providers.Provides(item, request.DepartmentCode))
        {
            await source.DisposeAsync();
            return (null, new ApiDeliveryRefusal(ErrorKind.Forbidden, "无权报送该信息项", Providers.Refusal(item, department?.Name)));
        }

        await using (source)
        {
            var (batch, missingFields, rejections) = await delivery.RunAsync(
                item, new InMemoryBatch(request.DepartmentCode, department?.DistrictCode, BatchSource.Api, "api-client:" + request.ClientId, null, request.Records.GetArrayLength() > 0),
                source, cancellationToken);
            if (missingFields)
            {
                return (null, new ApiDeliveryRefusal(ErrorKind.Invalid, "缺少必填字段", batch.Error!, batch.Id));
            }

            return (new DeliveredBatch(batch, rejections.Select(r => new DeliveredRejection(r.RowNumber, r.FieldLabel, r.Reason)).ToList()), null);
        }
    }
}
