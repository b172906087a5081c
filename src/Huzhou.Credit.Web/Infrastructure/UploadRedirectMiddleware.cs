namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// For uploads sent by <c>wwwroot/js/upload-progress.js</c> (request header <c>X-Upload-Progress: 1</c>): a redirect
/// is answered as 200 with the target in <c>X-Upload-Redirect</c>, so that the script, not XMLHttpRequest, goes there.
/// XMLHttpRequest would follow the redirect itself and consume the page's one-time message (TempData) before the
/// browser showed it. Any other answer passes unchanged; without the header nothing changes.
/// </summary>
internal sealed class UploadRedirectMiddleware(RequestDelegate next)
{
    public const string RequestHeader = "X-Upload-Progress";

    public const string ResponseHeader = "X-Upload-Redirect";

    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Headers[RequestHeader] == "1")
        {
            context.Response.OnStarting(static state =>
            {
                var response = ((HttpContext)state).Response;
                if (response.StatusCode is StatusCodes.Status301MovedPermanently or StatusCodes.Status302Found or StatusCodes.Status303SeeOther
                    && response.Headers.Location.ToString() is { Length: > 0 } location)
                {
                    response.StatusCode = StatusCodes.Status200OK;
                    response.Headers.Remove("Location");
                    response.Headers[ResponseHeader] = location;
                    response.Headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            }, context);
        }

        return next(context);
    }
}
