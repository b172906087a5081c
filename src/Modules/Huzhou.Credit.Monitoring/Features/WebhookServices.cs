using Huzhou.Credit.Monitoring.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>The webhooks' registrations: options, features, the HTTP client (no redirects, no proxy, no cookies, the address guard on connect) and the worker.</summary>
internal static class WebhookServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.SectionName));
        services.AddSingleton<WebhookAddressGuard>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<WebhookPayloads>();
        services.AddScoped<WebhookSubscriptions>();
        services.AddScoped<WebhookDispatcher>();
        services.AddScoped<Huzhou.Credit.SharedKernel.Modules.IDemoSeeder, Seed.WebhookDemoSeeder>();
        services.AddHttpClient(WebhookDispatcher.ClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // the dispatcher's own per-attempt timeout applies
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Huzhou.Credit-Webhook/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var settings = sp.GetRequiredService<IOptionsMonitor<WebhookOptions>>().CurrentValue;
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    UseCookies = false,
                    ConnectTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds)),
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                    ConnectCallback = sp.GetRequiredService<WebhookAddressGuard>().ConnectAsync,
                };
            });
        if (configuration.GetValue("Hangfire:ServerEnabled", true) && configuration.GetValue($"{WebhookOptions.SectionName}:WorkerEnabled", true))
        {
            services.AddHostedService<WebhookWorker>();
        }
    }
}
