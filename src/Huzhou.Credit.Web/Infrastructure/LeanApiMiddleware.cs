using System.Diagnostics;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// The lean branch's own middleware (the status-code pages before the branches still turn a bodiless error — a 415
/// or 405 from routing — into Chinese ProblemDetails through /error): the security headers set directly (no response-start callback), and a log line
/// for a call that failed (status 400 and above) in the format of the request log; successful calls are not logged
/// per request (the check log in the database records every check). Exceptions are logged by the exception handler.
/// </summary>
internal sealed class LeanApiMiddleware(RequestDelegate next, ILogger<LeanApiMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        SecurityHeadersMiddleware.Apply(context);
        var started = Stopwatch.GetTimestamp();
        await next(context);
        var status = context.Response.StatusCode;
        if (status >= 400)
        {
            logger.Log(
                status >= 500 ? LogLevel.Error : LogLevel.Information,
                "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms",
                context.Request.Method,
                context.Request.Path.Value,
                status,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
