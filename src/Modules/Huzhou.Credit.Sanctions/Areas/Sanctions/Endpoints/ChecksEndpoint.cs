using System.Buffers;
using System.IO.Pipelines;
using System.Security.Claims;
using System.Text.Json;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Sanctions.Areas.Sanctions.Controllers;
using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Endpoints;

/// <summary>
/// <c>POST /api/v1/checks</c>: a business system asks, at a matter's acceptance, handling or closing, whether the
/// party may proceed. Scope <c>checks:write</c>, the per-client rate limit. Every check is logged durably before
/// the answer, including no hit and unknown codes.
/// <para>
/// The check API's hot path (issue #5 §5: thousands of checks a second) is a minimal-API endpoint rather than an
/// MVC action: no model binding, filters or content negotiation, the body read and the answer written with
/// source-generated JSON (<see cref="CheckJson"/>), and served by the lean branch of the host's pipeline
/// (<see cref="LeanApiEndpoint"/>). The answer and the errors are those the MVC action gave (ProblemDetails in
/// Chinese: 400 bad input, 404 unknown code with the check's id, 422 unknown matter). The batch and the feedback stay
/// MVC actions on <see cref="ChecksApiController"/>.
/// </para>
/// </summary>
internal static class ChecksEndpoint
{
    public const string Path = "/api/v1/checks";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        // A Delegate (not a RequestDelegate) so the endpoint carries its method for the OpenAPI document.
        endpoints.MapPost(Path, (Func<HttpContext, Task>)CheckAsync)
            .WithSummary("联合奖惩核查")
            .WithDescription("业务系统在受理、办理、办结环节核查主体：返回结论（block/warn/favour/pass）、命中的措施及其依据和事实、规则版本。主体不存在时返回 404 并记录核查。需要 checks:write 权限。")
            .WithTags("ChecksApi")
            .Accepts<CheckBody>("application/json")
            .Produces<CheckAnswer>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(new AuthorizeAttribute(ApiKeyDefaults.PolicyForScope(ApiScopes.ChecksWrite)) { AuthenticationSchemes = ApiKeyDefaults.Scheme })
            .RequireRateLimiting(ApiKeyDefaults.RateLimitPolicy)
            .WithMetadata(LeanApiEndpoint.Instance);

    private static async Task CheckAsync(HttpContext context)
    {
        if (!context.Request.HasJsonContentType())
        {
            await ProblemAsync(context, StatusCodes.Status415UnsupportedMediaType, "不支持的媒体类型", "请求体应为 JSON（Content-Type: application/json）。");
            return;
        }

        CheckBody? body;
        try
        {
            body = await context.Request.ReadFromJsonAsync(CheckJson.Default.CheckBody, context.RequestAborted);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: text the reader cannot turn into a string (an escaped lone surrogate).
            body = null;
        }

        if (body is null)
        {
            await RefuseAsync(context, ErrorKind.Invalid, "请求体应为 JSON：{ code, name, matter, stage, reference }。");
            return;
        }

        var request = CheckRequest.From(body);
        if (CheckService.TextRefusal(request) is { } refused)
        {
            // Refused before the check joins the grouped lookups and the shared log batch (issue #23).
            await RefuseAsync(context, ErrorKind.Invalid, refused.Error, new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]> { [refused.Field] = [refused.Error] },
            });
            return;
        }

        var checks = context.RequestServices.GetRequiredService<CheckService>();
        var (outcome, refusal, error) = await checks.CheckAsync(request, Caller(context.User), context.RequestAborted);
        if (outcome is null)
        {
            await RefuseAsync(context, refusal!.Value, error);
            return;
        }

        if (outcome.Subject is null)
        {
            await RefuseAsync(context, ErrorKind.NotFound, ChecksApiController.NotFoundDetail(outcome.Record), new Dictionary<string, object?>
            {
                ["checkId"] = outcome.Record.Id,
                ["decision"] = CheckDecisions.Wire(CheckDecision.NotFound),
            });
            return;
        }

        await AnswerAsync(context, CheckAnswer.From(outcome));
    }

    /// <summary>
    /// The answer serialised whole (into the thread's reusable buffer), copied into the response's pipe with its
    /// length (no chunked framing), then flushed.
    /// </summary>
    private static ValueTask<FlushResult> AnswerAsync(HttpContext context, CheckAnswer answer)
    {
        var json = CheckJson.Answer(answer);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = json.Length;
        context.Response.BodyWriter.Write(json);
        return context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>The caller as the log records it: the API client's name.</summary>
    internal static string Caller(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Name) ?? user.FindFirstValue(ApiKeyDefaults.ClientIdClaim) ?? "api";

    /// <summary>A refused check as <see cref="CheckRefusals"/> answers it (status and title of its kind).</summary>
    private static Task RefuseAsync(HttpContext context, ErrorKind kind, string? detail, IDictionary<string, object?>? extensions = null) =>
        ProblemAsync(context, CheckRefusals.Status(kind), CheckRefusals.CheckTitle(kind), detail, extensions);

    /// <summary>ProblemDetails as the MVC actions write them (type, title, status, detail, traceId), through the platform's problem details service.</summary>
    private static Task ProblemAsync(HttpContext context, int status, string title, string? detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions).ExecuteAsync(context);
}
