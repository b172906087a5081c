using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;
using Huzhou.Credit.SharedKernel.Results;
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
            return this.Problem(Result.Failure("请求体应为 JSON：{ checks: [ { code, name, matter, stage, reference }, … ] }，至少一项。"));
        }

        if (items.Count > BatchLimit)
        {
            return this.Problem(Result.Failure($"一次最多核查 {BatchLimit} 个主体，本次 {items.Count} 个。请分批提交。"), "批量过大");
        }

        var answers = await checks.CheckManyAsync(items.Select(CheckRequest.From).ToList(), Caller(), cancellationToken);
        var results = new List<object>(items.Count);
        foreach (var (outcome, refusal, error) in answers)
        {
            results.Add(outcome switch
            {
                null => new { status = CheckRefusals.Status(refusal!.Value), error },
                { Subject: null } => new { status = CheckRefusals.Status(ErrorKind.NotFound), checkId = outcome.Record.Id, decision = CheckDecisions.Wire(CheckDecision.NotFound), error = NotFoundDetail(outcome.Record) },
                _ => (object)new { status = 200, result = CheckAnswer.From(outcome) },
            });
        }

        return Ok(new { count = results.Count, results });
    }

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
            return this.Problem(Result.Failure("请求体应为 JSON：{ measure, outcome, operator, appliedAt }。"));
        }

        var result = await cases.FeedbackAsync(id, new FeedbackRequest(body.Measure, body.Outcome, body.Operator, body.AppliedAt), Caller(), cancellationToken);
        if (!result.Succeeded)
        {
            return this.Problem(result, CheckRefusals.FeedbackTitle(result.Kind));
        }

        var created = result.Value;
        return StatusCode(StatusCodes.Status201Created, new { caseId = created.Id, checkId = created.CheckId, measure = created.MeasureCode, created.Outcome, appliedAt = created.AppliedAt });
    }

    private string Caller() => Endpoints.ChecksEndpoint.Caller(User);

    internal static string NotFoundDetail(CheckRecord r) => $"主体库中没有代码为 {r.SubjectCode} 的主体，无法核查。请核对代码；新设立的主体可能尚未归集。";
}
