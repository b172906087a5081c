using FluentValidation;
using Hangfire;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Integrity.Areas.Integrity.Models;
using Huzhou.Credit.Integrity.Features;
using Huzhou.Credit.Integrity.Jobs;
using Huzhou.Credit.Integrity.Persistence;
using Huzhou.Credit.Integrity.Seed;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Integrity;

/// <summary>
/// 个人诚信码 (issue #8): the personal score (stored, recomputed nightly and when records change), the ES256-signed,
/// short-lived integrity code, its keys (rotation, JWKS), partner cities' codes honoured (同城待遇), incentive scenarios
/// and their verification and redemption by verifiers, and the community points schemes (诚信积分 / 诚信档案).
/// </summary>
public sealed class IntegrityModule : ICreditModule
{
    public string Name => IntegrityDbContext.ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<IntegrityDbContext>(Name, order: 48);
        services.Configure<IntegrityOptions>(configuration.GetSection(IntegrityOptions.SectionName));
        services.AddScoped<IntegrityCodes>();
        services.AddScoped<Redemptions>();
        services.AddScoped<PersonalScores>();
        services.AddScoped<CitizenChanges>();
        services.AddScoped<PointsSchemes>();
        services.AddScoped<SchemeQueries>();
        services.AddScoped<TestCodes>();
        services.AddScoped<PointEventImport>();
        services.AddScoped<SchemeSettings>();
        services.AddScoped<IValidator<SchemeForm>, SchemeFormValidator>();
        services.AddScoped<IValidator<RuleForm>, RuleFormValidator>();
        services.AddScoped<RedemptionStatistics>();
        services.AddScoped<IntegrityNightlyJob>();
        services.AddIntegrationEventHandler<CreditRecordsChanged, IntegrityRecordsSync>();
        services.AddScoped<IDemoSeeder, IntegritySeeder>();
        services.AddScoped<IDemoSeeder, PointsSchemesSeeder>();
        services.AddScoped<IDemoSeeder, ScoreHistorySeeder>();
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<IntegrityNightlyJob>(
            IntegrityNightlyJob.JobId,
            job => job.RunAsync(CancellationToken.None),
            "30 2 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });
}
