using Hangfire;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Collection;

/// <summary>信用信息归集: collection batches, file, API and feed intake, validation, rejection reports.</summary>
public sealed class CollectionModule : ICreditModule
{
    public string Name => CollectionDbContext.ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<CollectionDbContext>(Name, order: 20);
        services.AddJobLocks();
        services.AddOptions<CollectionOptions>().Bind(configuration.GetSection(CollectionOptions.SectionName));
        services.AddHttpClient(nameof(NightlyFeeds), client => client.Timeout = TimeSpan.FromMinutes(30));

        services.AddScoped<BatchIntake>();
        services.AddScoped<BatchProcessor>();
        services.AddScoped<RejectionReport>();
        services.AddScoped<ColumnChoices>();
        services.AddScoped<NightlyFeeds>();
        services.AddScoped<CollectionStatistics>();
        services.AddScoped<OverdueProviders>();
        services.AddScoped<Scorecards>();
        services.AddScoped<Huzhou.Credit.Contracts.Collection.IDeliveryQuality, DeliveryQuality>();
        services.AddScoped<Huzhou.Credit.Contracts.Workbench.IWorkbenchSource, OverdueWorkbench>();
        services.AddScoped<CollectionJobs>();
        services.AddScoped<BatchRecovery>();
        services.AddScoped<Huzhou.Credit.Contracts.Collection.IBatchAttention, BatchAttention>();
        services.AddScoped<BatchQueries>();
        services.AddScoped<Huzhou.Credit.Contracts.Workbench.IWorkbenchSource, BatchWorkbench>();
        services.AddScoped<ApiDelivery>();
        services.AddScoped<InMemoryDelivery>();
        if (configuration.GetValue("Hangfire:ServerEnabled", true))
        {
            // Batches have workers of their own (ADR 0016): up to BatchConcurrency batches side by side, each under its
            // own job lock, and the platform's other jobs never wait behind a long upload.
            services.AddHangfireServer(o =>
            {
                o.ServerName = "batches:" + Environment.MachineName;
                o.Queues = [CollectionJobs.BatchQueue];
                o.WorkerCount = Math.Max(1, configuration.GetValue("Collection:BatchConcurrency", 2));
                o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
            });
            services.AddHostedService<BatchRecoveryService>();
        }

        services.AddScoped<Huzhou.Credit.Contracts.Collection.IRecordDelivery, RecordDelivery>();
        services.AddScoped<IDemoSeeder, Seed.CollectionDemoSeeder>();
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs)
    {
        var shanghai = new RecurringJobOptions { TimeZone = ShanghaiTime.Zone };
        jobs.AddOrUpdate<CollectionJobs>(CollectionJobs.FeedsJobId, j => j.NightlyFeedsAsync(CancellationToken.None), "0 1 * * *", shanghai);
        jobs.AddOrUpdate<CollectionJobs>(CollectionJobs.StatisticsJobId, j => j.StatisticsAsync(CancellationToken.None), "30 3 * * *", shanghai);
        jobs.AddOrUpdate<CollectionJobs>(CollectionJobs.OverdueJobId, j => j.OverdueProvidersAsync(CancellationToken.None), "0 6 * * *", shanghai);
    }
}
