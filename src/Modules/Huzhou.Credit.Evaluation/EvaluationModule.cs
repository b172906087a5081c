using Hangfire;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Evaluation.Features;
using Huzhou.Credit.Evaluation.Persistence;
using Huzhou.Credit.Evaluation.Seed;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Evaluation;

/// <summary>
/// 分级分类评价: industry fields and their versioned grading models, the nightly incremental and on-demand full scoring
/// runs, results with their explanation, differentiated supervision per grade, the dossier's 行业信用评价 section and
/// the grades the check rules ask about (<see cref="IEvaluationGrades"/>).
/// </summary>
public sealed class EvaluationModule : ICreditModule
{
    public string Name => EvaluationDbContext.ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<EvaluationDbContext>(Name, order: 40);
        services.AddJobLocks();
        services.AddScoped<ScoringInputs>();
        services.AddScoped<ScoringRunner>();
        services.AddScoped<ModelEditor>();
        services.AddScoped<EvaluationQueries>();
        services.AddScoped<Huzhou.Credit.Contracts.Identity.IOrganisationHomeProvider, EvaluationHomeSection>();
        services.AddScoped<EvaluationPageQueries>();
        services.AddScoped<IEvaluationGrades>(sp => sp.GetRequiredService<EvaluationQueries>());
        services.AddScoped<IEvaluationFields, EvaluationFieldDirectory>();
        services.AddScoped<IGradeChanges, GradeChangeFacts>();
        services.AddScoped<IEvaluationGradeCounts, GradeCounts>();
        services.AddScoped<IDossierSectionProvider>(sp => sp.GetRequiredService<EvaluationQueries>());
        services.AddScoped<IDemoSeeder, EvaluationDemoSeeder>();
        services.AddIntegrationEventHandler<CreditRecordsChanged, DirtySubjectMarker>();
        services.AddIntegrationEventHandler<SubjectsChanged, DirtySubjectMarker>();
        services.AddIntegrationEventHandler<ListEntriesChanged, DirtySubjectMarker>();
    }

    // 03:00, after the publicity expiry (02:00) and the list expiry (00:30) have marked what they changed.
    public void RegisterRecurringJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<ScoringRunner>(
            ScoringRunner.IncrementalJobId,
            runner => runner.RunIncrementalAsync(CancellationToken.None),
            "0 3 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });
}
