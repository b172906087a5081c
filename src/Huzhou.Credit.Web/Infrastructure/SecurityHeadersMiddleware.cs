namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// Security headers on every response. The CSP allows no inline script or style anywhere except the
/// Hangfire dashboard, which is admin-only and ships inline code of its own.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string StrictPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private const string DashboardPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    /// <summary>
    /// Sets the headers. Pages set them when the response starts (after the endpoint, which may have changed
    /// anything); the lean API branch sets them before its endpoint runs, which writes only its body.
    /// </summary>
    public static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/admin/jobs") ? DashboardPolicy : StrictPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        // The camera only for the verifier's scan page (诚信码核验), and only for this origin.
        headers["Permissions-Policy"] = context.Request.Path.StartsWithSegments("/integrity/verify")
            ? "camera=(self), microphone=(), geolocation=(), payment=()"
            : "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
