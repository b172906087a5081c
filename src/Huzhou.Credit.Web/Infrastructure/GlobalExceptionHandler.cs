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

        logger.LogError(exception, "Unhandled exception for {RequestMethod} {RequestPath}", httpContext.Request.Method, httpContext.Request.Path);
        if (httpContext.Request.Path.StartsWithSegments("/api"))
        {
            var traceId = System.Diagnostics.Activity.Current?.Id ?? httpContext.TraceIdentifier;
            httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status500InternalServerError,
                    Title = "服务器内部错误",
                    Detail = environment.IsDevelopment() ? exception.Message : "处理请求时发生错误，请稍后重试或联系平台管理员。",
                    Extensions = { ["traceId"] = traceId },
                },
            });
        }

        // Browsers: let the exception handler middleware re-execute /error, which renders the error page.
        return false;
    }
}
