using System.Collections.Frozen;
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
