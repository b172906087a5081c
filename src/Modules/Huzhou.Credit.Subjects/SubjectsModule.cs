using FluentValidation;
using Hangfire;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Huzhou.Credit.Subjects.Features;
using Huzhou.Credit.Subjects.Jobs;
using Huzhou.Credit.Subjects.Persistence;
using Huzhou.Credit.Subjects.Records;
using Huzhou.Credit.Subjects.Seed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Subjects;

/// <summary>The five-subject credit database (五类主体信用数据库): the subject registry and the credit record store.</summary>
public sealed class SubjectsModule : ICreditModule
{
    public string Name => SubjectsDbContext.ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<SubjectsDbContext>(Name, order: 10);
        services.AddJobLocks();
        services.AddScoped<IDemoSeeder, SubjectsDemoSeeder>();

        services.AddScoped<IValidator<SubjectRegistrationDetails>, SubjectRegistrationDetailsValidator>();
        services.AddScoped<SubjectSearch>();
        services.AddScoped<SubjectDetails>();
        services.AddScoped<SubjectRegistration>();
        services.AddScoped<ISubjectStatistics, SubjectStatistics>();
        services.AddScoped<ISubjectDirectory, SubjectDirectory>();
        services.AddScoped<ISameRepresentativeOrganisations, SameRepresentativeOrganisations>();
        services.AddScoped<ISubjectSearchMatches, SubjectSearchMatches>();
        services.AddSingleton<ISubjectCodeLookup, SubjectCodeLookup>();
        services.AddScoped<IPublicRegistry, PublicRegistry>();
        services.AddScoped<IStaffSubjectAccess, StaffSubjectAccess>();
        services.AddScoped<ICreditRecordFacts, CreditRecordFacts>();
        services.AddScoped<ICreditRecordChanges, CreditRecordChanges>();
        services.AddScoped<ISubjectStatusChanges, SubjectStatusChanges>();
        services.AddSingleton<ICreditRecordTallies, CreditRecordTallies>();
        services.AddSingleton<ICreditRecordAggregates, CreditRecordAggregates>();
        services.AddScoped<ICreditRecordRepairs, CreditRecordRepairs>();
        services.AddScoped<IRepairableDays, RepairableDays>();
        services.AddScoped<ICreditRecordAmendments, CreditRecordAmendments>();
        services.AddScoped<RecordDossierSections>();
        services.AddScoped<Huzhou.Credit.Contracts.Dossier.IDossierSectionProvider>(sp => sp.GetRequiredService<RecordDossierSections>());
        services.AddScoped<Huzhou.Credit.Contracts.Dossier.IDoublePublicity>(sp => sp.GetRequiredService<RecordDossierSections>());
        services.AddScoped<SubjectCountSnapshotJob>();
        services.AddScoped<PublicityExpiryJob>();
        services.AddScoped<PersonalPayloadMigration>();
        services.AddScoped<IDataMigration>(sp => sp.GetRequiredService<PersonalPayloadMigration>());
        services.AddScoped<RecordPersonalValues>();
        services.AddSingleton<ICreditRecordWriter, CreditRecordWriter>();
        services.AddScoped<CreditRecordQueries>();
        services.AddScoped<SubjectVerification>();
        services.AddScoped<OrganisationRegistrationLookup>();
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<SubjectCountSnapshotJob>(
            SubjectCountSnapshotJob.JobId,
            job => job.RunAsync(CancellationToken.None),
            "30 1 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });
        jobs.AddOrUpdate<PublicityExpiryJob>(
            PublicityExpiryJob.JobId,
            job => job.RunAsync(CancellationToken.None),
            "0 2 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });
    }
}
