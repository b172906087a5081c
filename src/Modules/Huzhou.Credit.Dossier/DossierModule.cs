using Hangfire;
using Huzhou.Credit.Dossier.Features;
using Huzhou.Credit.SharedKernel.Modules;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Dossier;

/// <summary>
/// 综合信用档案 and the public portal: the 1+9+X dossier assembled from the section providers of the modules
/// that own the data. It has no tables of its own (yet: the issued credit reports will be its first).
/// </summary>
public sealed class DossierModule : ICreditModule
{
    /// <summary>The rate limit of the public portal's search, suggestions and dossier pages (per client address).</summary>
    public const string PublicRateLimitPolicy = "dossier-public";

    public string Name => "Dossier";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DossierAssembler>();
        var perMinute = configuration.GetValue("Dossier:PublicRequestsPerMinute", 120);
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(PublicRateLimitPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs)
    {
    }
}
