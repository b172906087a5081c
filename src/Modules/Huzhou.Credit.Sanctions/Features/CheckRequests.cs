using System.ComponentModel;

namespace Huzhou.Credit.Sanctions.Features;

// The check API's requests, in one place: the bodies as they arrive (POST /api/v1/checks, /checks/batch,
// /checks/{id}/feedback; their descriptions are the OpenAPI document's) and the requests the features take.
// How a refusal is answered (status and title) is CheckRefusals'.

/// <summary>The check request body (of <c>POST /api/v1/checks</c> and of each batch item).</summary>
/// <param name="Code">统一社会信用代码 or 身份证号码.</param>
/// <param name="Name">Optional name held by the caller; a mismatch is flagged.</param>
/// <param name="Matter">Matter code of the 事项清单.</param>
/// <param name="Stage">受理 / 办理 / 办结 (acceptance / handling / closing).</param>
/// <param name="Reference">The caller's own reference (办件号).</param>
internal sealed record CheckBody(
    [property: Description("统一社会信用代码或身份证号码（必填）")] string? Code,
    [property: Description("业务系统掌握的主体名称，与主体库不一致时 nameMismatch 为 true")] string? Name,
    [property: Description("办事事项编码，见 /sanctions/rules 的事项清单（必填）")] string? Matter,
    [property: Description("环节：受理、办理、办结（或 acceptance、handling、closing）（必填）")] string? Stage,
    [property: Description("业务系统的办件号，原样记录，最长 100 字符")] string? Reference);

/// <summary>The batch request: up to <c>ChecksApiController.BatchLimit</c> checks in one call.</summary>
internal sealed record BatchBody([property: Description("最多 100 个核查请求，字段同单个核查")] IReadOnlyList<CheckBody>? Checks);

/// <summary>The feedback body.</summary>
internal sealed record FeedbackBody(
    [property: Description("所采取的措施编码（该次核查命中的措施之一）；未采取措施时留空")] string? Measure,
    [property: Description("处理结果，如：已拦截，申请退回；容缺受理，三日内补齐材料（必填）")] string? Outcome,
    [property: Description("经办人（必填）")] string? Operator,
    [property: Description("采取措施的时间，默认收到反馈的时间")] DateTimeOffset? AppliedAt);

/// <summary>A check as asked by a business system.</summary>
/// <param name="Code">统一社会信用代码 or 身份证号码.</param>
/// <param name="Name">The name the caller holds (a mismatch is flagged, not refused).</param>
/// <param name="Matter">Matter code (办事事项).</param>
/// <param name="Stage">受理 / 办理 / 办结 (or acceptance / handling / closing).</param>
/// <param name="Reference">The caller's own reference.</param>
internal sealed record CheckRequest(string? Code, string? Name, string? Matter, string? Stage, string? Reference)
{
    public static CheckRequest From(CheckBody? body) => new(body?.Code, body?.Name, body?.Matter, body?.Stage, body?.Reference);
}

/// <summary>Feedback on a check.</summary>
internal sealed record FeedbackRequest(string? Measure, string? Outcome, string? Operator, DateTimeOffset? AppliedAt);
