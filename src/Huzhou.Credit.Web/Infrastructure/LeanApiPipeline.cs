using System.Collections.Frozen;
using System.Diagnostics;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// Which requests take the lean branch of the pipeline: those whose path is the literal route of an endpoint marked
/// <see cref="LeanApiEndpoint"/> (decided before routing, so the status-code pages and the exception handler keep
/// re-executing through the whole pipeline). Read from the endpoints once, at the first request, when every module
/// has mapped its own. A path that only matches the route loosely (a trailing slash) takes the browser branch,
/// which serves it just as well.
/// </summary>
internal sealed class LeanApiPaths(EndpointDataSource endpoints)
{
    private FrozenSet<string>? _paths;

    public bool IsLean(HttpContext context) =>
        context.Request.Path.Value is { } path && (_paths ??= Read()).Contains(path);

    private FrozenSet<string> Read() => endpoints.Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<LeanApiEndpoint>() is not null && e.RoutePattern.Parameters.Count == 0)
        .Select(e => "/" + string.Join('/', e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.OfType<RoutePatternLiteralPart>().Select(p => p.Content)))))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

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
