using System.Security.Claims;
using System.Text.Json;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

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
internal sealed class CollectionApiController(ApiDelivery delivery) : ControllerBase
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
    public async Task<IActionResult> Deliver(string itemCode, [FromBody] JsonElement body, CancellationToken cancellationToken)
    {
        if (body.ValueKind != JsonValueKind.Array)
        {
            return Problem(title: "请求格式错误", detail: "请求体必须是记录对象组成的 JSON 数组。", statusCode: StatusCodes.Status400BadRequest);
        }

        if (body.GetArrayLength() > MaxRecords)
        {
            return Problem(title: "记录过多", detail: $"每次最多报送 {MaxRecords} 条记录，请分批报送或使用文件报送。", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var (delivered, refusal) = await delivery.DeliverAsync(
            new ApiDeliveryRequest(itemCode, body, User.FindFirstValue(ApiKeyDefaults.DepartmentClaim) ?? "", User.FindFirstValue(ApiKeyDefaults.ClientIdClaim)), cancellationToken);
        if (refusal is not null)
        {
            return this.Problem(refusal.AsResult(), refusal.Title, refusal.BatchId is { } batchId ? new Dictionary<string, object?> { ["batchId"] = batchId } : null);
        }

        var batch = delivered!.Batch;
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
            rejections = delivered.Rejections.Select(r => new { row = r.Row, field = r.Field, reason = r.Reason }),
        });
    }
}
