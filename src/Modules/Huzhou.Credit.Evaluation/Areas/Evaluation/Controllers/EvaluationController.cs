using System.Globalization;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Evaluation.Areas.Evaluation.Models;
using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Features;
using Huzhou.Credit.Evaluation.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Evaluation.Areas.Evaluation.Controllers;

/// <summary>
/// 分级分类评价 for staff: the fields and their grade distribution, runs and their progress, a field's graded subjects
/// (district staff see their district's), a result's explanation, the inspection-list export, and for the city credit
/// office the model editor, publishing and full rescores.
/// </summary>
[Area("Evaluation")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("evaluation")]
internal sealed class EvaluationController(
    EvaluationDbContext db,
    EvaluationQueries queries,
    ModelEditor editor,
    ICurrentStaff staff,
    IDistrictDirectory districts,
    IDepartmentDirectory departments,
    IAuditLog audit) : Controller
{
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? message, string? error, CancellationToken cancellationToken)
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
        return View(new EvaluationIndexViewModel(summaries, runs, pending, ModelEditor.MayEdit(staff), message, error));
    }

    [HttpGet("runs/{id:long}")]
    public async Task<IActionResult> Run(long id, CancellationToken cancellationToken) =>
        await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } run
            ? Json(new { run.Id, statusName = RunNames.Status(run.Status), run.BucketsDone, run.BucketTotal, run.SubjectsScored, run.GradesChanged, done = run.Status is RunStatus.Finished or RunStatus.Failed })
            : NotFound();

    [HttpPost("runs")]
    public async Task<IActionResult> Rescore(string? field, CancellationToken cancellationToken)
    {
        var result = await editor.RescoreAsync(string.IsNullOrEmpty(field) ? null : field, cancellationToken);
        return result.Succeeded
            ? Redirect($"/evaluation?message={Uri.EscapeDataString($"已发起全量重评（运行 {result.Value}），进度见下表。")}")
            : Redirect($"/evaluation?error={Uri.EscapeDataString(result.Error!)}");
    }

    [HttpGet("fields/{code}")]
    public async Task<IActionResult> Field(string code, string? grade, string? district, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var field = await db.Fields.AsNoTracking().SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        if (field is null)
        {
            return NotFound();
        }

        var visible = VisibleDistricts(district);
        var summary = await SummaryAsync(field, cancellationToken, visible);
        var source = queries.Results(code, string.IsNullOrEmpty(grade) ? null : grade, visible, q);
        var total = await source.LongCountAsync(cancellationToken);
        page = Math.Max(1, page);
        var rows = await source.OrderByDescending(r => r.Score).ThenBy(r => r.SubjectId).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var versions = await db.Models.AsNoTracking().Where(m => m.FieldCode == code).OrderByDescending(m => m.Version).ToListAsync(cancellationToken);
        var districtList = (await districts.ListAsync(cancellationToken)).Where(d => !d.IsCity && (staff.IsCityLevel || d.Code == staff.DistrictCode))
            .Select(d => (d.Code, d.Name)).ToList();
        return View(new FieldViewModel(summary, new PagedList<EvaluationResult>(rows, page, PageSize, total), grade, district, q, districtList, versions, ModelEditor.MayEdit(staff)));
    }

    /// <summary>The inspection list (双随机抽查名单) of a field by grade, with each grade's recommended frequency and sampling ratio.</summary>
    [HttpGet("fields/{code}/export")]
    public async Task<IActionResult> Export(string code, string? grade, string? district, CancellationToken cancellationToken)
    {
        var field = await db.Fields.AsNoTracking().SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        if (field is null)
        {
            return NotFound();
        }

        var usedVersions = await db.Results.AsNoTracking().Where(r => r.FieldCode == code).Select(r => r.ModelVersion).Distinct().ToListAsync(cancellationToken);
        var models = await queries.DefinitionsAsync(usedVersions.Select(v => (code, v)), cancellationToken);
        var districtNames = (await districts.ListAsync(cancellationToken)).ToDictionary(d => d.Code, d => d.Name);
        await audit.WriteAsync(new AuditEntry("evaluation.export", EvaluationDbContext.ModuleName, Detail: $"导出 {field.Name} 分级监管名单 {(string.IsNullOrEmpty(grade) ? "全部等级" : grade + " 级")}"), cancellationToken);
        var stamp = DateTime.UtcNow.AddHours(8).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        await CsvReport.WriteAsync(
            Response,
            $"evaluation-{code}-{(string.IsNullOrEmpty(grade) ? "all" : grade)}-{stamp}.csv",
            $"{field.Name}分级监管名单{(string.IsNullOrEmpty(grade) ? "" : "-" + grade + "级")}-{stamp}.csv",
            ["统一社会信用代码", "主体名称", "所属区县", "评价等级", "等级名称", "评价得分", "建议检查频次", "建议抽查比例（%）", "模型版本", "评价日期"],
            queries.Results(code, string.IsNullOrEmpty(grade) ? null : grade, VisibleDistricts(district), null).OrderBy(r => r.Grade).ThenBy(r => r.Score).AsAsyncEnumerable(),
            r =>
            {
                var band = models.TryGetValue((code, r.ModelVersion), out var m) ? m.Bands.FirstOrDefault(b => b.Grade == r.Grade) : null;
                return [r.SubjectCode, r.SubjectName, districtNames.GetValueOrDefault(r.DistrictCode, r.DistrictCode), r.Grade, band?.Name ?? r.Grade,
                    r.Score.ToString("0.00", CultureInfo.InvariantCulture), band?.InspectionFrequency, band?.SamplingRatioPercent.ToString("0.##", CultureInfo.InvariantCulture),
                    r.ModelVersion.ToString(CultureInfo.InvariantCulture), r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
            },
            cancellationToken);
        return new EmptyResult();
    }

    [HttpGet("fields/{code}/subjects/{subjectId:long}")]
    public async Task<IActionResult> Explain(string code, long subjectId, CancellationToken cancellationToken)
    {
        var explanation = await queries.ExplainAsync(code, subjectId, cancellationToken);
        if (explanation is null || !staff.CanSeeDistrict(explanation.Result.DistrictCode))
        {
            return NotFound();
        }

        ViewData["History"] = await db.GradeChanges.AsNoTracking().Where(c => c.FieldCode == code && c.SubjectId == subjectId)
            .OrderByDescending(c => c.Id).Take(20).ToListAsync(cancellationToken);
        return View(explanation);
    }

    [HttpGet("fields/{code}/models/{version:int}")]
    public async Task<IActionResult> Model(string code, int version, string? message, CancellationToken cancellationToken)
    {
        var model = await ModelViewAsync(code, version, null, null, message, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("fields/{code}/models/draft")]
    public async Task<IActionResult> Draft(string code, CancellationToken cancellationToken)
    {
        var result = await editor.OpenDraftAsync(code, cancellationToken);
        return result.Succeeded
            ? Redirect($"/evaluation/fields/{code}/models/{result.Value}")
            : Redirect($"/evaluation?error={Uri.EscapeDataString(result.Error!)}");
    }

    [HttpPost("fields/{code}/models/{version:int}")]
    public async Task<IActionResult> SaveModel(string code, int version, ModelForm form, CancellationToken cancellationToken)
    {
        if (!ModelEditor.MayEdit(staff))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            // A value that is not a number is never read as 0: the form comes back with what was typed and why.
            var problems = ModelState.Where(e => e.Value?.Errors.Count > 0)
                .Select(e => $"{FieldLabel(e.Key)}：{e.Value!.Errors[0].ErrorMessage}").Distinct().Take(5);
            var invalid = await ModelViewAsync(code, version, form, "请更正：" + string.Join("；", problems), null, cancellationToken);
            return invalid is null ? NotFound() : View("Model", invalid);
        }

        var result = await editor.SaveDraftAsync(code, version, form.ToDefinition(), form.Note, cancellationToken);
        if (!result.Succeeded)
        {
            var model = await ModelViewAsync(code, version, form, result.Error, null, cancellationToken);
            return model is null ? NotFound() : View("Model", model);
        }

        return Redirect($"/evaluation/fields/{code}/models/{version}?message={Uri.EscapeDataString("草稿已保存。")}");
    }

    [HttpPost("fields/{code}/models/{version:int}/publish")]
    public async Task<IActionResult> Publish(string code, int version, CancellationToken cancellationToken)
    {
        if (!ModelEditor.MayEdit(staff))
        {
            return Forbid();
        }

        var result = await editor.PublishAsync(code, version, cancellationToken);
        if (!result.Succeeded)
        {
            var model = await ModelViewAsync(code, version, null, result.Error, null, cancellationToken);
            return model is null ? NotFound() : View("Model", model);
        }

        return Redirect($"/evaluation?message={Uri.EscapeDataString($"第 {version} 版已发布，已发起该领域的全量重评（运行 {result.Value}）。")}");
    }

    [HttpGet("fields/new")]
    public async Task<IActionResult> NewField(CancellationToken cancellationToken) =>
        ModelEditor.MayEdit(staff) ? View(await NewFieldModelAsync(new NewFieldForm(), null, cancellationToken)) : Forbid();

    [HttpPost("fields/new")]
    public async Task<IActionResult> NewField(NewFieldForm form, CancellationToken cancellationToken)
    {
        if (!ModelEditor.MayEdit(staff))
        {
            return Forbid();
        }

        var result = await editor.AddFieldAsync(form.Code, form.Name, form.DepartmentCode, form.Sections, form.Keywords, form.Description, cancellationToken);
        if (!result.Succeeded)
        {
            return View(await NewFieldModelAsync(form, result.Error, cancellationToken));
        }

        var draft = await editor.OpenDraftAsync(result.Value!, cancellationToken);
        return Redirect($"/evaluation/fields/{result.Value}/models/{draft.Value}?message={Uri.EscapeDataString("领域已新增。下面是按标准结构生成的模型草稿，调整后发布即开始评价。")}");
    }

    /// <summary>"Indicators[2].Points" as a clerk reads it: 第 3 个指标的分值.</summary>
    private static string FieldLabel(string key)
    {
        var match = System.Text.RegularExpressions.Regex.Match(key, @"^(Indicators|Bands)\[(\d+)\]\.(\w+)$");
        if (!match.Success)
        {
            return key == "Scale" ? "满分" : key;
        }

        var row = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) + 1;
        var column = match.Groups[3].Value switch
        {
            "Points" => "分值",
            "Cap" => "封顶",
            "Years" => "年限",
            "Decay" => "年衰减",
            "DefaultPoints" => "缺省分",
            "MinScore" => "最低分",
            "SamplingRatioPercent" => "抽查比例",
            var other => other,
        };
        return match.Groups[1].Value == "Indicators" ? $"第 {row} 个指标的{column}" : $"第 {row} 个等级的{column}";
    }

    private async Task<NewFieldViewModel> NewFieldModelAsync(NewFieldForm form, string? error, CancellationToken cancellationToken) =>
        new(form, (await departments.ListAsync(cancellationToken)).Where(d => d.IsActive && d.DistrictCode == "330500").Select(d => (d.Code, d.Name)).ToList(), error);

    private async Task<ModelViewModel?> ModelViewAsync(string code, int version, ModelForm? form, string? error, string? message, CancellationToken cancellationToken)
    {
        var field = await db.Fields.AsNoTracking().SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        var versions = await db.Models.AsNoTracking().Where(m => m.FieldCode == code).OrderByDescending(m => m.Version).ToListAsync(cancellationToken);
        var shown = versions.FirstOrDefault(v => v.Version == version);
        if (field is null || shown is null)
        {
            return null;
        }

        return new ModelViewModel(field, shown, form ?? ModelForm.From(ModelDefinitions.Parse(shown.Definition), shown.Note), versions, ModelEditor.MayEdit(staff), error, message);
    }

    private async Task<FieldSummary> SummaryAsync(EvaluationField field, CancellationToken cancellationToken, IReadOnlyCollection<string>? visible = null)
    {
        var versions = await db.Models.AsNoTracking().Where(m => m.FieldCode == field.Code && m.Status != ModelStatus.Superseded).ToListAsync(cancellationToken);
        var published = versions.FirstOrDefault(v => v.Status == ModelStatus.Published);
        var model = published is null ? null : ModelDefinitions.Parse(published.Definition);
        var grades = model is null ? [] : await queries.DistributionAsync(field.Code, model, visible ?? VisibleDistricts(null), cancellationToken);
        return new FieldSummary(field, published, model, grades, versions.Any(v => v.Status == ModelStatus.Draft));
    }

    /// <summary>The districts whose subjects the user sees: city level all (or the one chosen), district staff their own.</summary>
    private string[]? VisibleDistricts(string? chosen) =>
        staff.IsCityLevel
            ? string.IsNullOrEmpty(chosen) ? null : [chosen]
            : [staff.DistrictCode ?? "-"];
}
