using Huzhou.Credit.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>
/// The upload script's redirect header carries only a local path: a redirect to another site (or a protocol-relative
/// <c>//host</c>, <c>/\host</c>) stays a plain redirect, so X-Upload-Redirect can never make the script navigate away.
/// </summary>
public sealed class UploadRedirectMiddlewareTests
{
    [Theory]
    [InlineData("/lists/import/12")]
    [InlineData("/publicity/manage/articles/5?tab=files")]
    [InlineData("/")]
    public async Task A_local_redirect_becomes_the_header(string location)
    {
        var (context, feature) = await RunAsync(location);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal(location, context.Response.Headers[UploadRedirectMiddleware.ResponseHeader].ToString());
        Assert.False(context.Response.Headers.ContainsKey("Location"));
        Assert.True(feature.Started);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/\t/evil.example")]
    public async Task A_redirect_elsewhere_is_never_put_in_the_header(string location)
    {
        var (context, _) = await RunAsync(location);

        Assert.Equal(StatusCodes.Status302Found, context.Response.StatusCode);
        Assert.False(context.Response.Headers.ContainsKey(UploadRedirectMiddleware.ResponseHeader));
        Assert.Equal(location, context.Response.Headers.Location.ToString());
    }

    private static async Task<(HttpContext Context, StartingFeature Feature)> RunAsync(string location)
    {
        var context = new DefaultHttpContext();
        var feature = new StartingFeature();
        context.Features.Set<IHttpResponseFeature>(feature);
        context.Request.Method = HttpMethods.Post;
        context.Request.Headers[UploadRedirectMiddleware.RequestHeader] = "1";
        var middleware = new UploadRedirectMiddleware(c =>
        {
            c.Response.StatusCode = StatusCodes.Status302Found;
            c.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

        await middleware.InvokeAsync(context);
        await feature.StartAsync();
        return (context, feature);
    }

    /// <summary>A response feature that runs the OnStarting callbacks when told (DefaultHttpContext's never does).</summary>
    private sealed class StartingFeature : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _starting = [];

        public bool Started { get; private set; }

        public override bool HasStarted => Started;

        public override void OnStarting(Func<object, Task> callback, object state) => _starting.Add((callback, state));

        public async Task StartAsync()
        {
            foreach (var (callback, state) in _starting)
            {
                await callback(state);
            }

            Started = true;
        }
    }
}
