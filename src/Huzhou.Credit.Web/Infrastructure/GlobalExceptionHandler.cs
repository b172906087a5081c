using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// The one place an unhandled exception turns into a response: ProblemDetails for <c>/api</c>, the error
/// page for browsers. The log gets the exception; the caller gets a trace id and nothing internal.
/// </summary>
internal sealed class GlobalExceptionHandler(ILogger<GlobalExceptionHandler> logger, IProblemDetailsService problems, IHostEnvironment environment) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        // The exception handler middleware has already pointed the request at /error when it asks this handler: the
        // request's own path is in the path feature. Masked as in the request log: an ID number in an address never
        // reaches the logs.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path is { Length: > 0 } original ? new PathString(original) : httpContext.Request.Path;
        logger.LogError(exception, "Unhandled exception for {RequestMethod} {RequestPath}", httpContext.Request.Method, LoggedPath.Mask(path));
        var outage = DatabaseOutage.IsBrokenConnection(exception);
        if (outage)
        {
            // The database restarted or is down: the pool's other idle connections are broken too; drop them so the next
            // request opens a fresh one instead of failing on the next broken one (issue #24).
            DatabaseOutage.ClearPools();
        }

        if (path.StartsWithSegments("/api"))
        {
            var traceId = System.Diagnostics.Activity.Current?.Id ?? httpContext.TraceIdentifier;
            var status = outage ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
            httpContext.Response.StatusCode = status;
            if (outage)
            {
                httpContext.Response.Headers.RetryAfter = "5";
            }

            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = new ProblemDetails
                {
                    Status = status,
                    Title = outage ? "服务暂时不可用" : "服务器内部错误",
                    Detail = outage
                        ? "数据库暂时无法访问（可能正在重启），请稍后重试。"
                        : environment.IsDevelopment() ? exception.Message : "处理请求时发生错误，请稍后重试或联系平台管理员。",
                    Extensions = { ["traceId"] = traceId },
                },
            });
        }

        // Browsers: let the exception handler middleware re-execute /error, which renders the error page.
        return false;
    }
}
