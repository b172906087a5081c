using System.Security.Claims;
using System.Text.Json;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Collection.Parsing;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Collection.Areas.Collection.Controllers;

/// <summary>
/// <c>POST /api/v1/collection/{itemCode}/records</c>: a department's system delivers up to 10,000 records as a
/// JSON array of objects (keys are field keys or the standard Chinese column names). The delivery is a batch
/// like an upload, processed at once; the answer carries the counts and the rejected rows with their reasons.
/// </summary>
[ApiController]
[Route("api/v1/collection")]
[Authorize(AuthenticationSchemes = ApiKeyDefaults.Scheme, Policy = ApiKeyDefaults.ScopePolicyPrefix + ApiScopes.CollectionWrite)]
[EnableRateLimiting(ApiKeyDefaults.RateLimitPolicy)]
[IgnoreAntiforgeryToken]
internal sealed class CollectionApiController(CollectionDbContext db, BatchProcessor processor, IDepartmentDirectory departments, TimeProvider clock) : ControllerBase
{
    public const int MaxRecords = 10_000;

    [EndpointSummary("报送信用信息")]
    [EndpointDescription("部门系统按目录信息项报送一批记录（JSON），全部校验通过才写入；返回批次计数与退回原因。需要 collection:write 权限。")]
    [HttpPost("{itemCode}/records")]
    [RequestSizeLimit(64 * 1024 * 1024)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status413PayloadTooLarge)]
    public async Task<IActionResult> Deliver(string itemCode, [FromBody] JsonElement body, [FromServices] Huzhou.Credit.Contracts.Catalogue.ICatalogue catalogue, CancellationToken cancellationToken)
    {
        if (body.ValueKind != JsonValueKind.Array)
        {
            return Problem(title: "请求格式错误", detail: "请求体必须是记录对象组成的 JSON 数组。", statusCode: StatusCodes.Status400BadRequest);
        }

        if (body.GetArrayLength() > MaxRecords)
        {
            return Problem(title: "记录过多", detail: $"每次最多报送 {MaxRecords} 条记录，请分批报送或使用文件报送。", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var item = await catalogue.GetCurrentAsync(itemCode, cancellationToken);
        if (item is null || item.IsRetired)
        {
            return Problem(title: "目录信息项无效", detail: $"目录信息项“{itemCode}”不存在或已停用。", statusCode: StatusCodes.Status400BadRequest);
        }

        JsonRowSource source;
        try
        {
            source = JsonRowSource.FromArray(body);
        }
        catch (FormatException ex)
        {
            return Problem(title: "请求格式错误", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        var departmentCode = User.FindFirstValue(ApiKeyDefaults.DepartmentClaim) ?? "";
        var department = (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == departmentCode);
        if (!Providers.Provides(item, departmentCode))
        {
            return Problem(title: "无权报送该信息项", detail: Providers.Refusal(item, department?.Name), statusCode: StatusCodes.Status403Forbidden);
        }

        var batch = new CollectionBatch
        {
            ItemCode = item.ItemCode,
            ItemVersion = item.Version,
            DepartmentCode = departmentCode,
            DistrictCode = department?.DistrictCode ?? "",
            Source = BatchSource.Api,
            Status = BatchStatus.Queued,
            CreatedBy = "api-client:" + User.FindFirstValue(ApiKeyDefaults.ClientIdClaim),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Batches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        await using (source)
        {
            var map = HeaderMap.Build(item, source.Headers);
            if (!map.CanImport && body.GetArrayLength() > 0)
            {
                await processor.FailAsync(batch, "缺少必填字段：" + string.Join("、", map.MissingRequired.Select(f => f.Label)), cancellationToken);
                return Problem(title: "缺少必填字段", detail: batch.Error, statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?> { ["batchId"] = batch.Id });
            }

            batch = await processor.RunAsync(batch.Id, source, cancellationToken);
        }

        var rejections = await db.Rejections.AsNoTracking().Where(r => r.BatchId == batch.Id).OrderBy(r => r.RowNumber)
            .Select(r => new { row = r.RowNumber, field = r.FieldLabel, reason = r.Reason })
            .ToListAsync(cancellationToken);
        return Ok(new
        {
            batchId = batch.Id,
            status = batch.Status.ToString(),
            received = batch.Received,
            inserted = batch.Inserted,
            updated = batch.Updated,
            unchanged = batch.Unchanged,
            rejected = batch.Rejected,
            subjectsCreated = batch.SubjectsCreated,
            rejections,
        });
    }
}
