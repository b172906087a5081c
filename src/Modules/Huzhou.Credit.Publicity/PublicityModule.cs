using Hangfire;
using Huzhou.Credit.Publicity.Features;
using Huzhou.Credit.Publicity.Jobs;
using Huzhou.Credit.Publicity.Persistence;
using Huzhou.Credit.Publicity.Seed;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Publicity;

/// <summary>
/// 信用公示: the public site's columns (信用动态, 政策法规, 典型案例, 风险提示, 诚信典型 and the credit office's 专题专栏) and
/// their articles — written by editors of the credit office and departments, reviewed and published (now or at a time)
/// or withdrawn by the credit office's publisher, with version history, checked attachments and rich text sanitised on
/// save and on render; public list and article pages, an Atom feed per column and the home page's newest items
/// (<c>IPublicityHighlights</c>).
/// </summary>
public sealed class PublicityModule : ICreditModule
{
    public string Name => PublicityDbContext.ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<PublicityDbContext>(Name, order: 95);
        services.AddJobLocks();
        services.AddSingleton<ArticleSanitiser>();
        services.AddSingleton<PublicityCache>();
        services.AddScoped<ArticleWorkflow>();
        services.AddScoped<ArticleQueries>();
        services.AddScoped<ColumnAdmin>();
        services.AddScoped<CasePrefill>();
        services.AddScoped<PublicityReader>();
        services.AddScoped<Huzhou.Credit.Contracts.Publicity.IPublicityHighlights>(sp => sp.GetRequiredService<PublicityReader>());
        services.AddScoped<IRiskAlertSource, MonitoringRiskAlerts>();
        services.AddScoped<ScheduledPublishJob>();
        services.AddScoped<IDemoSeeder, PublicitySeeder>();
        services.AddScoped<IDemoSeeder, PublicityDemoSeeder>();
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<ScheduledPublishJob>(ScheduledPublishJob.JobId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
}
