using System.Threading.RateLimiting;
using Hangfire;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Dossier.Features;
using Huzhou.Credit.Dossier.Persistence;
using Huzhou.Credit.Dossier.Reports;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Pdf;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Dossier;

/// <summary>
/// 综合信用档案 and the public portal: the 1+9+X dossier assembled from the section providers of the modules
/// that own the data. Its one table is the register of issued credit reports (dossier_reports).
/// </summary>
public sealed class DossierModule : ICreditModule
{
    /// <summary>The rate limit of the public portal's search, suggestions and dossier pages (per client address).</summary>
    public const string PublicRateLimitPolicy = Huzhou.Credit.Contracts.Dossier.PublicPages.RateLimitPolicy;

    /// <summary>The rate limit of credit report downloads (per client address), lower: each one renders a PDF.</summary>
    public const string ReportRateLimitPolicy = "dossier-report";

    public string Name => "Dossier";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<DossierDbContext>(Name, order: 30);
        services.AddScoped<DossierAssembler>();
        services.AddSingleton<DossierCache>();
        services.AddIntegrationEventHandler<CreditRecordsChanged, DossierVersionHandler>();
        services.AddIntegrationEventHandler<SubjectsChanged, DossierVersionHandler>();
        services.AddIntegrationEventHandler<ListEntriesChanged, DossierVersionHandler>();
        services.AddIntegrationEventHandler<Huzhou.Credit.Contracts.Evaluation.GradesChanged, DossierVersionHandler>();
        services.AddScoped<PortalSearch>();
        services.AddScoped<CreditReports>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new KioskPathFilter()));
        services.AddSingleton(_ => new CreditReportPdf(configuration[CjkFontResolver.FontPathSetting]));
        AddPerClientLimit(services, PublicRateLimitPolicy, configuration.GetValue("Dossier:PublicRequestsPerMinute", 120));
        AddPerClientLimit(services, ReportRateLimitPolicy, configuration.GetValue("Dossier:ReportsPerMinute", 10));
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs)
    {
    }

    private static void AddPerClientLimit(IServiceCollection services, string policy, int perMinute) =>
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(policy, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
}
