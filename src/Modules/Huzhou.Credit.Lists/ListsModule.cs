using FluentValidation;
using Hangfire;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Lists.Features;
using Huzhou.Credit.Lists.Jobs;
using Huzhou.Credit.Lists.Persistence;
using Huzhou.Credit.Lists.Seed;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Lists;

/// <summary>
/// 红黑名单: list types as data, entries proposed by departments and approved by the credit office, expiry by a
/// nightly job, removal and early removal, the public lists in force and the dossier's 红名单 / 黑名单 sections.
/// </summary>
public sealed class ListsModule : ICreditModule
{
    public string Name => ListsDbContext.ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<ListsDbContext>(Name, order: 25);
        services.AddJobLocks();
        services.AddScoped<IDemoSeeder, ListsDemoSeeder>();
        services.AddScoped<IValidator<ListProposal>, ListProposalValidator>();
        services.AddScoped<ListEntryWorkflow>();
        services.AddScoped<ListImporter>();
        services.AddScoped<ListImportQueue>();
        services.AddScoped<ListImportJob>();
        services.AddScoped<ListImportRecovery>();
        if (configuration.GetValue("Hangfire:ServerEnabled", true))
        {
            // Interrupted imports go back in the queue within seconds (ADR 0016), where jobs run.
            services.AddHostedService<ListImportRecoveryService>();
        }

        services.AddScoped<ListQueries>();
        services.AddScoped<ListTypeAuthorities>();
        services.AddScoped<IDossierSectionProvider, ListDossierSections>();
        services.AddScoped<ListExpiryJob>();
        services.AddScoped<Huzhou.Credit.Contracts.Lists.IListStanding, ListStanding>();
        services.AddScoped<Huzhou.Credit.Contracts.Lists.IListEntryRepairs, ListEntryRepairs>();
        services.AddScoped<Huzhou.Credit.Contracts.Lists.IListTypes, ListTypeDirectory>();
        services.AddScoped<Huzhou.Credit.Contracts.Lists.IListEntryChanges, ListEntryChanges>();
        services.AddScoped<Huzhou.Credit.Contracts.Workbench.IWorkbenchSource, ListWorkbench>();
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<ListExpiryJob>(
            ListExpiryJob.JobId,
            job => job.RunAsync(CancellationToken.None),
            "30 0 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });
}
