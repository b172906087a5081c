using Hangfire;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Sanctions.Areas.Sanctions.Endpoints;
using Huzhou.Credit.Sanctions.Features;
using Huzhou.Credit.Sanctions.Jobs;
using Huzhou.Credit.Sanctions.Persistence;
using Huzhou.Credit.Sanctions.Seed;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Sanctions;

/// <summary>
/// 联合奖惩: measures and matters as data, versioned rule sets, the check API for business systems with its durable
/// log. Facts come from the per-subject credit status, kept by the Subjects, Lists, Commitments and Evaluation
/// events through their contracts.
/// </summary>
public sealed class SanctionsModule : ICreditModule
{
    public string Name => SanctionsDbContext.ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<SanctionsDbContext>(Name, order: 35);
        services.AddJobLocks();
        services.AddScoped<IDemoSeeder, SanctionsDemoSeeder>();
        services.AddSingleton<CheckPathDatabase>();
        services.AddSingleton<RuleCache>();
        services.AddSingleton<CreditStatusLookups>();
        services.AddSingleton<CreditStatusStore>();
        services.AddScoped<CreditStatusProjector>();
        services.AddScoped<CreditStatusRebuildJob>();
        services.AddIntegrationEventHandler<CreditRecordsChanged, CreditStatusEventHandler>();
        services.AddIntegrationEventHandler<SubjectsChanged, CreditStatusEventHandler>();
        services.AddIntegrationEventHandler<ListEntriesChanged, CreditStatusEventHandler>();
        services.AddIntegrationEventHandler<Huzhou.Credit.Contracts.Evaluation.GradesChanged, CreditStatusEventHandler>();
        services.AddSingleton<CheckLog>();
        // Singleton: everything it uses is (rule cache, credit status store, check log, clock); the hot path
        // resolves it once per request from the root.
        services.AddSingleton<CheckService>();
        services.AddScoped<CheckQueries>();
        services.AddScoped<CaseService>();
        services.AddScoped<RuleEditor>();
        services.AddScoped<MeasureMatterEditor>();
    }

    /// <summary>The single check <c>POST /api/v1/checks</c>: a minimal-API endpoint on the lean pipeline branch.</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => ChecksEndpoint.Map(endpoints);

    public void RegisterRecurringJobs(IRecurringJobManager jobs) =>
        // Reconciliation: the events keep the credit status current; a weekly rebuild repairs anything one missed.
        jobs.AddOrUpdate<CreditStatusRebuildJob>(
            CreditStatusRebuildJob.JobId,
            j => j.RunAsync("system", CancellationToken.None),
            "30 3 * * 0",
            new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });
}
