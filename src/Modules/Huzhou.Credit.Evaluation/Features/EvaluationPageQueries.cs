using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Evaluation.Areas.Evaluation.Models;
using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Persistence;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>
/// Reads of the evaluation pages: the overview of fields, grades and runs, a field's graded subjects, a result's
/// explanation, a model version, the inspection-list export (audited), and an organisation's own grades. Staff below
/// city level see their district's subjects only.
/// </summary>
internal sealed class EvaluationPageQueries(EvaluationDbContext db, EvaluationQueries queries, ICurrentStaff staff, IDistrictDirectory districts, IAuditLog audit, JobLocks locks)
{
    public const int PageSize = 20;

    /// <summary>The overview: every field with its published model and grade distribution, the latest runs, the subjects waiting for a rescore.</summary>
    public async Task<EvaluationIndexViewModel> OverviewAsync(CancellationToken cancellationToken)
    {
        // Three queries for the whole overview: fields, their current and draft versions, results per field and grade.
        var fields = await db.Fields.AsNoTracking().Where(f => !f.Retired).OrderBy(f => f.Code).ToListAsync(cancellationToken);
        var versions = await db.Models.AsNoTracking().Where(m => m.Status != ModelStatus.Superseded).ToListAsync(cancellationToken);
        var counts = await queries.CountsAsync(VisibleDistricts(null), cancellationToken);
        var summaries = fields.Select(f =>
        {
            var published = versions.FirstOrDefault(v => v.FieldCode == f.Code && v.Status == ModelStatus.Published);
            var model = published is null ? null : ModelDefinitions.Parse(published.Definition);
            var grades = model?.Bands.Select(b => new GradeCount(b, counts.GetValueOrDefault((f.Code, b.Grade)))).ToList() ?? [];
            return new FieldSummary(f, published, model, grades, versions.Any(v => v.FieldCode == f.Code && v.Status == ModelStatus.Draft));
        }).ToList();

        var runs = await db.Runs.AsNoTracking().OrderByDescending(r => r.Id).Take(8).ToListAsync(cancellationToken);
        var pending = await db.DirtySubjects.LongCountAsync(cancellationToken);
        return new EvaluationIndexViewModel(summaries, runs, pending, ModelEditor.MayEdit(staff));
    }

    public Task<EvaluationRun?> RunAsync(long id, CancellationToken cancellationToken) =>
        db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>
    /// A run's progress for its status endpoint, or null for an unknown run. Only a running run costs a look at the
    /// scoring lock (whether a live worker still holds it).
    /// </summary>
    public async Task<RunProgress?> RunProgressAsync(long id, CancellationToken cancellationToken)
    {
        var run = await RunAsync(id, cancellationToken);
        return run is null ? null : RunProgress.Of(run, run.Status != RunStatus.Running || await locks.IsHeldAsync(ScoringRunner.LockName, cancellationToken));
    }

    /// <summary>A field's graded subjects (one page, best score first) with its distribution and versions, or null for an unknown field.</summary>
    public async Task<FieldViewModel?> FieldAsync(string code, string? grade, string? district, string? q, int page, CancellationToken cancellationToken)
    {
        var field = await db.Fields.AsNoTracking().SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        if (field is null)
        {
            return null;
        }

        var visible = VisibleDistricts(district);
        var summary = await SummaryAsync(field, visible, cancellationToken);
        var source = queries.Results(code, string.IsNullOrEmpty(grade) ? null : grade, visible, q);
        var total = await source.LongCountAsync(cancellationToken);
        page = Math.Max(1, page);
        var rows = await source.OrderByDescending(r => r.Score).ThenBy(r => r.SubjectId).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var versions = await db.Models.AsNoTracking().Where(m => m.FieldCode == code).OrderByDescending(m => m.Version).ToListAsync(cancellationToken);
        var districtList = (await districts.ListAsync(cancellationToken)).Where(d => !d.IsCity && (staff.IsCityLevel || d.Code == staff.DistrictCode))
            .Select(d => (d.Code, d.Name)).ToList();
        return new FieldViewModel(summary, new PagedList<EvaluationResult>(rows, page, PageSize, total), grade, district, q, districtList, versions, ModelEditor.MayEdit(staff));
    }

    /// <summary>The inspection list (双随机抽查名单) of a field, optionally of one grade and district; the export is audited. Null for an unknown field.</summary>
    public async Task<InspectionList?> InspectionListAsync(string code, string? grade, string? district, CancellationToken cancellationToken)
    {
        var field = await db.Fields.AsNoTracking().SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        if (field is null)
        {
            return null;
        }

        var usedVersions = await db.Results.AsNoTracking().Where(r => r.FieldCode == code).Select(r => r.ModelVersion).Distinct().ToListAsync(cancellationToken);
        var models = await queries.DefinitionsAsync(usedVersions.Select(v => (code, v)), cancellationToken);
        var districtNames = (await districts.ListAsync(cancellationToken)).ToDictionary(d => d.Code, d => d.Name);
        await audit.WriteAsync(new AuditEntry("evaluation.export", EvaluationDbContext.ModuleName, Detail: $"导出 {field.Name} 分级监管名单 {(string.IsNullOrEmpty(grade) ? "全部等级" : grade + " 级")}"), cancellationToken);
        return new InspectionList(field, models, districtNames,
            queries.Results(code, string.IsNullOrEmpty(grade) ? null : grade, VisibleDistricts(district), null).OrderBy(r => r.Grade).ThenBy(r => r.Score).AsAsyncEnumerable());
    }

    /// <summary>A subject's result in a field, explained, with its grade history; null when there is none or it lies in another district.</summary>
    public async Task<ExplainedResult?> ExplainAsync(string code, long subjectId, CancellationToken cancellationToken)
    {
        var explanation = await queries.ExplainAsync(code, subjectId, cancellationToken);
        if (explanation is null || !staff.CanSeeDistrict(explanation.Result.DistrictCode))
        {
            return null;
        }

        var history = await db.GradeChanges.AsNoTracking().Where(c => c.FieldCode == code && c.SubjectId == subjectId)
            .OrderByDescending(c => c.Id).Take(20).ToListAsync(cancellationToken);
        return new ExplainedResult(explanation, history);
    }

    /// <summary>A model version with the field's versions; <paramref name="form"/> is what was typed when it comes back with <paramref name="error"/>.</summary>
    public async Task<ModelViewModel?> ModelAsync(string code, int version, ModelForm? form, string? error, CancellationToken cancellationToken)
    {
        var field = await db.Fields.AsNoTracking().SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        var versions = await db.Models.AsNoTracking().Where(m => m.FieldCode == code).OrderByDescending(m => m.Version).ToListAsync(cancellationToken);
        var shown = versions.FirstOrDefault(v => v.Version == version);
        if (field is null || shown is null)
        {
            return null;
        }

        return new ModelViewModel(field, shown, form ?? ModelForm.From(ModelDefinitions.Parse(shown.Definition), shown.Note), versions, ModelEditor.MayEdit(staff), error);
    }

    /// <summary>An organisation's own grades, every field explained line by line.</summary>
    public async Task<IReadOnlyList<Explanation>> OrganisationGradesAsync(long subjectId, CancellationToken cancellationToken)
    {
        var fields = await db.Results.AsNoTracking().Where(r => r.SubjectId == subjectId).OrderBy(r => r.FieldCode).Select(r => r.FieldCode).ToListAsync(cancellationToken);
        var explanations = new List<Explanation>();
        foreach (var field in fields)
        {
            if (await queries.ExplainAsync(field, subjectId, cancellationToken) is { } explanation)
            {
                explanations.Add(explanation);
            }
        }

        return explanations;
    }

    private async Task<FieldSummary> SummaryAsync(EvaluationField field, IReadOnlyCollection<string>? visible, CancellationToken cancellationToken)
    {
        var versions = await db.Models.AsNoTracking().Where(m => m.FieldCode == field.Code && m.Status != ModelStatus.Superseded).ToListAsync(cancellationToken);
        var published = versions.FirstOrDefault(v => v.Status == ModelStatus.Published);
        var model = published is null ? null : ModelDefinitions.Parse(published.Definition);
        var grades = model is null ? [] : await queries.DistributionAsync(field.Code, model, visible, cancellationToken);
        return new FieldSummary(field, published, model, grades, versions.Any(v => v.Status == ModelStatus.Draft));
    }

    /// <summary>The districts whose subjects the user sees: city level all (or the one chosen), district staff their own.</summary>
    private string[]? VisibleDistricts(string? chosen) =>
        staff.IsCityLevel
            ? string.IsNullOrEmpty(chosen) ? null : [chosen]
            : [staff.DistrictCode ?? "-"];
}
