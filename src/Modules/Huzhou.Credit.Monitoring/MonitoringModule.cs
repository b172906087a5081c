using Hangfire;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Commitments;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.Monitoring.Jobs;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.Monitoring.Seed;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Monitoring;

/// <summary>
/// 信用监测预警: watch lists (a department's shared lists and personal ones) of single subjects, codes not yet in the
/// registry and sets (a district, a list type, an industry field with a grade band); alerts raised from the other
/// modules' events (records, lists, grades, registry) through their contracts, deduplicated per
/// (watcher, subject, trigger, fact) and grouped per set watch; the staff inbox with the header badge and the
/// workbench item; the organisation's own notices on <c>/org</c>; e-mail at once or as a daily digest; signed webhooks to business systems, retried with back-off, with a delivery log.
/// </summary>
public sealed class MonitoringModule : ICreditModule
{
    public string Name => MonitoringDbContext.ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<MonitoringDbContext>(Name, order: 90);
        services.Configure<MonitoringOptions>(configuration.GetSection("Monitoring"));
        services.AddScoped<FactReader>();
        services.AddScoped<AlertMatcher>();
        services.AddScoped<WatchListService>();
        services.AddScoped<WatchListQueries>();
        services.AddScoped<AlertInbox>();
        services.AddScoped<AlertMailer>();
        services.AddScoped<DailyDigestJob>();
        services.AddScoped<AlertEscalation>();
        services.AddScoped<EscalationJob>();
        services.AddScoped<MailSettings>();
        services.AddScoped<Huzhou.Credit.Contracts.Monitoring.IAlertCounts>(sp => sp.GetRequiredService<AlertInbox>());
        services.AddScoped<Huzhou.Credit.Contracts.Monitoring.ISubjectNotices, SubjectNotices>();
        services.AddScoped<Huzhou.Credit.Contracts.Identity.IOrganisationHomeProvider, MonitoringHomeSection>();
        services.AddScoped<Huzhou.Credit.Contracts.Workbench.IWorkbenchSource, AlertWorkbench>();
        services.AddIntegrationEventHandler<CreditRecordsChanged, AlertMatcher>();
        services.AddIntegrationEventHandler<ListEntriesChanged, AlertMatcher>();
        services.AddIntegrationEventHandler<GradesChanged, AlertMatcher>();
        services.AddIntegrationEventHandler<SubjectsChanged, AlertMatcher>();
        services.AddIntegrationEventHandler<ProviderOverdue, OverdueProviderAlerts>();
        services.AddIntegrationEventHandler<CommitmentsBreached, WorkflowAlerts>();
        services.AddIntegrationEventHandler<RepairExecuted, WorkflowAlerts>();
        services.AddIntegrationEventHandler<ObjectionFiled, WorkflowAlerts>();
        services.AddScoped<RepairableDayJob>();
        services.AddScoped<IDemoSeeder, MonitoringDemoSeeder>();
        services.AddScoped<RiskSignals>();
        services.AddScoped<Huzhou.Credit.Contracts.Monitoring.IRiskLevels>(sp => sp.GetRequiredService<RiskSignals>());
        services.AddScoped<RiskAlertPublisher>();
        services.AddScoped<Huzhou.Credit.Contracts.Monitoring.IPublishedRiskAlerts, PublishedRiskAlerts>();
        services.AddScoped<IDemoSeeder, RiskDemoSeeder>();
        // Threshold rules on aggregates (阈值规则).
        services.AddJobLocks();
        services.AddScoped<ThresholdMeasurer>();
        services.AddScoped<ThresholdEvaluator>();
        services.AddScoped<ThresholdRuleService>();
        services.AddScoped<ThresholdRulesJob>();
        services.AddIntegrationEventHandler<CreditRecordsChanged, ThresholdRuleTriggers>();
        services.AddIntegrationEventHandler<GradesChanged, ThresholdRuleTriggers>();
        services.AddIntegrationEventHandler<DeliveryStatisticsChanged, ThresholdRuleTriggers>();
        services.AddScoped<IDemoSeeder, ThresholdRuleDemoSeeder>();
        WebhookServices.Add(services, configuration);
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<DailyDigestJob>(
            DailyDigestJob.JobId,
            job => job.RunAsync(CancellationToken.None),
            "0 8 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });
        jobs.AddOrUpdate<EscalationJob>(
            EscalationJob.JobId,
            job => job.RunAsync(CancellationToken.None),
            "20 * * * *",
            new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });
        jobs.AddOrUpdate<RepairableDayJob>(
            RepairableDayJob.JobId,
            job => job.RunAsync(CancellationToken.None),
            "10 1 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });
        jobs.AddOrUpdate<ThresholdRulesJob>(
            ThresholdRulesJob.JobId,
            job => job.RunAsync(CancellationToken.None),
            "0 4 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });
        jobs.AddOrUpdate<ThresholdRulesJob>(
            ThresholdRulesJob.PendingJobId,
            job => job.RunPendingAsync(CancellationToken.None),
            "* * * * *",
            new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });
    }
}
