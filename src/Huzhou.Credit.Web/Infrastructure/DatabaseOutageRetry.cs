using Huzhou.Credit.SharedKernel.Persistence;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// A page or API read (GET/HEAD) that met a broken database connection — a pooled connection a database restart broke,
/// which fails its next statement — is run once more on a fresh connection, after the pool's other idle connections
/// are dropped, as long as nothing of the answer has been sent. Without it every broken connection in the pool failed one
/// request after a restart (issue #24). Writes are not repeated here: a form post or an API write answers the error
/// (503) and the caller decides; the check API retries its own grouped statements (<c>NaturalBatcher</c>).
/// </summary>
internal sealed class DatabaseOutageRetry(RequestDelegate next, ILogger<DatabaseOutageRetry> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (DatabaseOutage.IsBrokenConnection(ex) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning("{RequestMethod} {RequestPath} met a broken database connection; the pool is cleared and the request runs once more",
                context.Request.Method, LoggedPath.Mask(context.Request.Path));
            DatabaseOutage.ClearPools();
            // As the exception handler does before it re-executes: routing matches again.
            context.SetEndpoint(null);
            context.Request.RouteValues.Clear();
            context.Response.Clear();
            await next(context);
        }
    }
}
