using System.ComponentModel;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Controllers;

/// <summary>
/// The check API's batch (<c>POST /api/v1/checks/batch</c>) and feedback (<c>POST /api/v1/checks/{id}/feedback</c>).
/// Scope <c>checks:write</c>. Every check is logged, including no hit and unknown codes. The single check
/// <c>POST /api/v1/checks</c>, the hot path, is the minimal-API endpoint <c>ChecksEndpoint</c>.
/// </summary>
[ApiController]
[Route("api/v1/checks")]
[Authorize(AuthenticationSchemes = ApiKeyDefaults.Scheme, Policy = ApiKeyDefaults.ScopePolicyPrefix + ApiScopes.ChecksWrite)]
[EnableRateLimiting(ApiKeyDefaults.RateLimitPolicy)]
[IgnoreAntiforgeryToken]
internal sealed class ChecksApiController(CheckService checks) : ControllerBase
{
    /// <summary>The check request body (of <c>POST /api/v1/checks</c> and of each batch item).</summary>
    /// <param name="Code">统一社会信用代码 or 身份证号码.</param>
    /// <param name="Name">Optional name held by the caller; a mismatch is flagged.</param>
    /// <param name="Matter">Matter code of the 事项清单.</param>
    /// <param name="Stage">受理 / 办理 / 办结 (acceptance / handling / closing).</param>
    /// <param name="Reference">The caller's own reference (办件号).</param>
    public sealed record CheckBody(
        [property: Description("统一社会信用代码或身份证号码（必填）")] string? Code,
        [property: Description("业务系统掌握的主体名称，与主体库不一致时 nameMismatch 为 true")] string? Name,
        [property: Description("办事事项编码，见 /sanctions/rules 的事项清单（必填）")] string? Matter,
        [property: Description("环节：受理、办理、办结（或 acceptance、handling、closing）（必填）")] string? Stage,
        [property: Description("业务系统的办件号，原样记录，最长 100 字符")] string? Reference);

    /// <summary>The batch request: up to <see cref="BatchLimit"/> checks in one call.</summary>
    public sealed record BatchBody([property: Description("最多 100 个核查请求，字段同单个核查")] IReadOnlyList<CheckBody>? Checks);

    public const int BatchLimit = 100;

    /// <summary>
    /// <c>POST /api/v1/checks/batch</c>: up to 100 checks, answered in order; each item carries its own status (200,
    /// 404 not found, 400 bad input, 422 unknown matter) so one bad item does not fail the others. Each is logged.
    /// </summary>
    [EndpointSummary("批量核查")]
    [EndpointDescription("一次最多 100 个主体，按顺序返回，每项带自己的状态（200/404/400/422）。")]
    [HttpPost("batch")]
    [Consumes("application/json")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Batch([FromBody] BatchBody? body, CancellationToken cancellationToken)
    {
        if (body?.Checks is not { Count: > 0 } items)
        {
            return Problem(title: "请求无效", detail: "请求体应为 JSON：{ checks: [ { code, name, matter, stage, reference }, … ] }，至少一项。", statusCode: StatusCodes.Status400BadRequest);
        }

        if (items.Count > BatchLimit)
        {
            return Problem(title: "批量过大", detail: $"一次最多核查 {BatchLimit} 个主体，本次 {items.Count} 个。请分批提交。", statusCode: StatusCodes.Status400BadRequest);
        }

        var answers = await checks.CheckManyAsync(
            items.Select(item => new CheckRequest(item?.Code, item?.Name, item?.Matter, item?.Stage, item?.Reference)).ToList(), Caller(), cancellationToken);
        var results = new List<object>(items.Count);
        foreach (var (outcome, refusal, error) in answers)
        {
            results.Add(outcome switch
            {
                null => new { status = refusal == CheckRefusal.UnknownMatter ? 422 : 400, error },
                { Subject: null } => new { status = 404, checkId = outcome.Record.Id, decision = CheckDecisions.Wire(CheckDecision.NotFound), error = NotFoundDetail(outcome.Record) },
                _ => (object)new { status = 200, result = CheckAnswer.From(outcome) },
            });
        }

        return Ok(new { count = results.Count, results });
    }

    /// <summary>The feedback body.</summary>
    public sealed record FeedbackBody(
        [property: Description("所采取的措施编码（该次核查命中的措施之一）；未采取措施时留空")] string? Measure,
        [property: Description("处理结果，如：已拦截，申请退回；容缺受理，三日内补齐材料（必填）")] string? Outcome,
        [property: Description("经办人（必填）")] string? Operator,
        [property: Description("采取措施的时间，默认收到反馈的时间")] DateTimeOffset? AppliedAt);

    [EndpointSummary("反馈核查结果")]
    [EndpointDescription("业务系统反馈对某次核查采取的措施和处理结果，形成联合奖惩案例。每次核查只能由发起核查的系统反馈一次。")]
    [HttpPost("{id:long}/feedback")]
    [Consumes("application/json")]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Feedback(long id, [FromBody] FeedbackBody? body, [FromServices] CaseService cases, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return Problem(title: "请求无效", detail: "请求体应为 JSON：{ measure, outcome, operator, appliedAt }。", statusCode: StatusCodes.Status400BadRequest);
        }

        var (created, refusal, error) = await cases.FeedbackAsync(id, new FeedbackRequest(body.Measure, body.Outcome, body.Operator, body.AppliedAt), Caller(), cancellationToken);
        if (created is null)
        {
            return refusal switch
            {
                FeedbackRefusal.NotFound => Problem(title: "核查记录不存在", detail: error, statusCode: StatusCodes.Status404NotFound),
                FeedbackRefusal.Conflict => Problem(title: "已反馈", detail: error, statusCode: StatusCodes.Status409Conflict),
                _ => Problem(title: "请求无效", detail: error, statusCode: StatusCodes.Status400BadRequest),
            };
        }

        return StatusCode(StatusCodes.Status201Created, new { caseId = created.Id, checkId = created.CheckId, measure = created.MeasureCode, created.Outcome, appliedAt = created.AppliedAt });
    }

    private string Caller() => Endpoints.ChecksEndpoint.Caller(User);

    internal static string NotFoundDetail(CheckRecord r) => $"主体库中没有代码为 {r.SubjectCode} 的主体，无法核查。请核对代码；新设立的主体可能尚未归集。";
}
