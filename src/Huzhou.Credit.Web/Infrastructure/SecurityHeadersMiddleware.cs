namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// Security headers on every response. The CSP allows no inline script or style anywhere except the
/// Hangfire dashboard, which is admin-only and ships inline code of its own. Every file answer (attachment, PDF, CSV,
/// spreadsheet) is <c>Cache-Control: no-store</c>.
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
        if (IsFile(context.Response))
        {
            // Every file the platform hands out (reports, exports, templates) may carry data a shared computer or a
            // proxy must not keep: one rule here instead of one line in each download action.
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
    }

    private static readonly string[] FileTypes =
    [
        "application/pdf", "text/csv", "application/vnd.openxmlformats-officedocument", "application/vnd.ms-excel",
        "application/octet-stream", "application/zip",
    ];

    /// <summary>A download: an attachment, or a PDF, CSV, spreadsheet or other binary body.</summary>
    private static bool IsFile(HttpResponse response)
    {
        var disposition = response.Headers.ContentDisposition.ToString();
        if (disposition.StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var type = response.ContentType;
        return type is not null && FileTypes.Any(t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase));
    }
}
