using Hangfire;
using Huzhou.Credit.Repair.Features;
using Huzhou.Credit.Repair.Jobs;
using Huzhou.Credit.Repair.Persistence;
using Huzhou.Credit.Repair.Seed;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Repair;

/// <summary>
/// 信用修复: organisations apply online to repair a bad record (eligibility from the record's class and rule version),
/// upload their materials, the deciding department accepts and decides within working-day deadlines, the credit centre
/// executes; the working-day calendar with holidays and 调休; nightly reminders; the export of completed repairs.
/// </summary>
public sealed class RepairModule : ICreditModule
{
    public string Name => RepairDbContext.ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<RepairDbContext>(Name, order: 45);
        services.Configure<RepairOptions>(configuration.GetSection("Repair"));
        services.AddSingleton(_ => new Documents.RepairDecisionLetter(
            Huzhou.Credit.SharedKernel.Pdf.CjkFontResolver.EnsureRegistered(configuration[Huzhou.Credit.SharedKernel.Pdf.CjkFontResolver.FontPathSetting])));
        services.AddScoped<RepairService>();
        services.AddScoped<ObjectionService>();
        services.AddScoped<CitizenApplicants>();
        services.AddScoped<RepairQueries>();
        services.AddScoped<Huzhou.Credit.Contracts.Identity.IOrganisationHomeProvider, RepairHomeSections>();
        services.AddScoped<CalendarDayEditor>();
        services.AddScoped<ExclusionRuleEditor>();
        services.AddScoped<Huzhou.Credit.Contracts.Repair.IRecordObjections>(sp => sp.GetRequiredService<ObjectionService>());
        services.AddScoped<Huzhou.Credit.Contracts.Repair.IWorkingDays, WorkingDays>();
        services.AddScoped<Huzhou.Credit.Contracts.Workbench.IWorkbenchSource, RepairWorkbench>();
        services.AddScoped<RepairReminderJob>();
        services.AddScoped<IDemoSeeder, RepairSeeder>();
        services.AddScoped<IDemoSeeder, RepairDemoSeeder>();
        services.AddScoped<IDemoSeeder, OrganisationRepairDemoSeeder>();
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<RepairReminderJob>(
            RepairReminderJob.JobId,
            job => job.RunAsync(CancellationToken.None),
            "30 7 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });
}
