using Hangfire;
using Huzhou.Credit.Integrity.Features;
using Huzhou.Credit.Integrity.Persistence;
using Huzhou.Credit.Integrity.Seed;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Integrity;

/// <summary>
/// 个人诚信码 (issue #8, first part): the ES256-signed, short-lived integrity code, its keys (rotation, JWKS), partner
/// cities' codes honoured (同城待遇), incentive scenarios and their verification and redemption by verifiers. The
/// personal score, citizens' accounts and the community points schemes come next.
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
        services.AddScoped<IDemoSeeder, IntegritySeeder>();
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs)
    {
    }
}
