using Hangfire;
using Huzhou.Credit.Commitments.Features;
using Huzhou.Credit.Commitments.Persistence;
using Huzhou.Credit.Commitments.Seed;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Commitments;

/// <summary>
/// 信用承诺: commitments by type (审批替代型, 主动型, 行业自律型, 信用修复型) entered by departments, signed online by
/// organisations from templates, or delivered as XYCN records (files, API, historic imports); fulfilment verified by the
/// recipient department with evidence; a breach written as an XYWN bad record that the check rules, scoring and the
/// dossier see; public publicity and statistics.
/// </summary>
public sealed class CommitmentsModule : ICreditModule
{
    public string Name => CommitmentsDbContext.ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<CommitmentsDbContext>(Name, order: 44);
        services.AddScoped<CommitmentService>();
        services.AddScoped<CommitmentQueries>();
        services.AddScoped<Huzhou.Credit.Contracts.Identity.IOrganisationHomeProvider, CommitmentHomeSection>();
        services.AddScoped<Huzhou.Credit.Contracts.Workbench.IWorkbenchSource, CommitmentWorkbench>();
        services.AddScoped<Huzhou.Credit.Contracts.Commitments.ICommitmentBreaches, CommitmentBreaches>();
        services.AddIntegrationEventHandler<CreditRecordsChanged, CommitmentSync>();
        services.AddScoped<IDemoSeeder, CommitmentSeeder>();
        services.AddScoped<IDemoSeeder, CommitmentDemoSeeder>();
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs)
    {
    }
}
