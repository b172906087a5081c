using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.IntegrationTests.Monitoring;

/// <summary>
/// A business system's webhook endpoint on 127.0.0.1 with a random port (Kestrel): records every request (path, headers,
/// exact body bytes) and answers with the next status of <see cref="Answers"/> (200 when none is left). <c>/redirect</c>
/// answers 302 to <c>/landing</c>, which only counts its visitors.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app) => _app = app;

    public sealed record Received(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body);

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>The statuses of the next answers, in order.</summary>
    public ConcurrentQueue<int> Answers { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.Run(receiver.HandleAsync);
        await receiver._app.StartAsync();
        receiver.BaseUrl = receiver._app.Urls.First().TrimEnd('/');
        return receiver;
    }

    public IReadOnlyList<Received> On(string path) => Requests.Where(r => r.Path == path).ToList();

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new Received(context.Request.Path.Value ?? "", headers, body.ToArray()));
        if (context.Request.Path == "/redirect")
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = BaseUrl + "/landing";
            return;
        }

        context.Response.StatusCode = Answers.TryDequeue(out var status) ? status : StatusCodes.Status200OK;
        await context.Response.WriteAsync(status >= 400 ? "接收方内部错误：" + new string('x', 2_000) : "ok");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
