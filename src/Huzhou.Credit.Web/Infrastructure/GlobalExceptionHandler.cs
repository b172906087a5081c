using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.AspNetCore.Diagnostics;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// The log line of an unhandled exception (the request's own path, masked), and the pools cleared after a database
/// outage; the answer is the re-executed <c>/error</c>'s (ErrorController). The caller gets a trace id and nothing internal.
/// </summary>
internal sealed class GlobalExceptionHandler(ILogger<GlobalExceptionHandler> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return ValueTask.FromResult(true);
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

        // The answer — ProblemDetails under /api, the error page elsewhere; 413 for a body over the limit, 503 with
        // Retry-After for an outage, 500 otherwise — is the re-executed /error's (ErrorController), one mapping for both.
        return ValueTask.FromResult(false);
    }
}
