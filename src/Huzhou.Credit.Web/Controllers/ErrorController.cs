using System.Diagnostics;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Web.Controllers;

/// <summary>Error pages for browsers; ProblemDetails for <c>/api</c> paths that end in a status code.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[Route("error")]
public sealed class ErrorController : Controller
{
    [Route("")]
    [Route("{status:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Index([FromRoute] int? status)
    {
        // A request body over the endpoint's limit (an upload too large) surfaces as an exception while the form is
        // read: it is the client's 413, not a server fault.
        // MVC creates every value provider before binding, the form's too: a re-executed POST whose form the decoder
        // refuses (a NUL) left the route's status unbound and a 404 or 405 became a 500 page. The feature knows it.
        status ??= HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode;
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Error;
        var code = status ?? (failure is Microsoft.AspNetCore.Http.BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
            || (failure is InvalidDataException && failure.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
            ? StatusCodes.Status413PayloadTooLarge
            : DatabaseOutage.IsBrokenConnection(failure) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError);
        if (code == StatusCodes.Status503ServiceUnavailable)
        {
            // The database restarted or is down (issue #24): the caller may try again shortly.
            Response.Headers.RetryAfter = "5";
        }

        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        var traceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var (title, message) = Describe(code);

        if (original is not null && original.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            // The ProblemDetails factory adds the traceId itself.
            return Problem(title: title, detail: message, statusCode: code);
        }

        Response.StatusCode = code;
        return View(new ErrorViewModel(code, title, message, traceId));
    }

    private static (string Title, string Message) Describe(int status) => status switch
    {
        400 => ("请求有误", "提交的内容无法处理，请返回检查后重试。"),
        401 => ("请先登录", "该页面需要登录后访问。"),
        403 => ("无权访问", "您的账号没有访问该页面的权限。如需开通，请联系本单位管理员。"),
        404 => ("页面不存在", "您访问的页面不存在或已被移除。"),
        405 => ("请求方式不支持", "该地址不接受这种请求方式，请从页面上的链接或按钮进入。"),
        413 => ("文件过大", "上传的文件超过了允许的大小。请拆分成较小的文件后分批上传。"),
        415 => ("不支持的媒体类型", "请求体的格式不受支持：接口接收 JSON（Content-Type: application/json）。"),
        429 => ("请求过于频繁", "请求过于频繁，请稍后再试。"),
        503 => ("服务暂时不可用", "数据库暂时无法访问（可能正在重启），请稍后重试。"),
        _ => ("系统繁忙", "处理请求时发生错误，我们已记录此问题。请稍后重试，如仍有问题请联系平台管理员并提供下方的追踪号。"),
    };
}
