using Hangfire;
using Huzhou.Credit.Sanctions.Features;
using Huzhou.Credit.Sanctions.Persistence;
using Huzhou.Credit.Sanctions.Seed;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Sanctions;

/// <summary>
/// 联合奖惩: measures and matters as data, versioned rule sets, the check API for business systems with its durable
/// log. Facts come through contracts: lists in force (Lists), bad records (Subjects); commitments and evaluation
/// grades join when those modules exist.
/// </summary>
public sealed class SanctionsModule : ICreditModule
{
    public string Name => SanctionsDbContext.ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<SanctionsDbContext>(Name, order: 35);
        services.AddScoped<IDemoSeeder, SanctionsDemoSeeder>();
        services.AddSingleton<RuleCache>();
        services.AddScoped<SubjectFactsReader>();
        services.AddScoped<CheckService>();
        services.AddScoped<CheckQueries>();
        services.AddScoped<CaseService>();
        services.AddScoped<RuleEditor>();
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs)
    {
    }
}
