using System.Globalization;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Evaluation.Areas.Evaluation.Models;
using Huzhou.Credit.Evaluation.Features;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

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
    EvaluationPageQueries queries,
    ModelEditor editor,
    ICurrentStaff staff,
    IDepartmentDirectory departments) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.OverviewAsync(cancellationToken));

    /// <summary>A run's progress, polled by <c>/evaluation</c> (job-progress.js) while it runs: state, Chinese text, bar, counts; no subject data.</summary>
    [HttpGet("runs/{id:long}")]
    public async Task<IActionResult> Run(long id, CancellationToken cancellationToken)
    {
        if (await queries.RunProgressAsync(id, cancellationToken) is not { } p)
        {
            return NotFound();
        }

        var run = p.Run;
        Response.Headers.CacheControl = "no-store";
        return Json(new
        {
            run.Id,
            p.State,
            p.StateName,
            statusName = p.StateName,
            p.Text,
            p.Done,
            p.Value,
            p.Max,
            run.BucketsDone,
            run.BucketTotal,
            run.SubjectsScored,
            run.ResultsTotal,
            run.GradesChanged,
            counts = new { scored = run.SubjectsScored, changed = run.GradesChanged, total = run.ResultsTotal },
            resultUrl = run.FieldCodes.Length == 1
                ? Url.Action(nameof(Field), new { code = run.FieldCodes[0] })
                : Url.Action(nameof(Index)) + "#fields",
        });
    }

    [HttpPost("runs")]
    public async Task<IActionResult> Rescore(string? field, CancellationToken cancellationToken)
    {
        var result = await editor.RescoreAsync(string.IsNullOrEmpty(field) ? null : field, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Success($"已发起全量重评（运行 {result.Value}），进度见下表。");
        }
        else
        {
            TempData.Error(result.Error!);
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpGet("fields/{code}")]
    public async Task<IActionResult> Field(string code, string? grade, string? district, string? q, int page = 1, CancellationToken cancellationToken = default) =>
        await queries.FieldAsync(code, grade, district, q, page, cancellationToken) is { } model ? View(model) : NotFound();

    /// <summary>The inspection list (双随机抽查名单) of a field by grade, with each grade's recommended frequency and sampling ratio.</summary>
    [HttpGet("fields/{code}/export")]
    public async Task<IActionResult> Export(string code, string? grade, string? district, string? format, CancellationToken cancellationToken)
    {
        if (!TabularExport.TryParse(format, out var fileFormat) || await queries.InspectionListAsync(code, grade, district, cancellationToken) is not { } list)
        {
            return NotFound();
        }

        var (field, models, districtNames) = (list.Field, list.Models, list.DistrictNames);
        var stamp = DateTime.UtcNow.AddHours(8).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        await TabularExport.WriteAsync(
            Response,
            fileFormat,
            $"evaluation-{code}-{(string.IsNullOrEmpty(grade) ? "all" : grade)}-{stamp}",
            $"{field.Name}分级监管名单{(string.IsNullOrEmpty(grade) ? "" : "-" + grade + "级")}-{stamp}",
            ["统一社会信用代码", "主体名称", "所属区县", "评价等级", "等级名称", "评价得分", "建议检查频次", "建议抽查比例（%）", "模型版本", "评价日期"],
            list.Results,
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
        if (await queries.ExplainAsync(code, subjectId, cancellationToken) is not { } explained)
        {
            return NotFound();
        }

        ViewData["History"] = explained.History;
        return View(explained.Explanation);
    }

    [HttpGet("fields/{code}/models/{version:int}")]
    public async Task<IActionResult> Model(string code, int version, CancellationToken cancellationToken) =>
        await queries.ModelAsync(code, version, null, null, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("fields/{code}/models/draft")]
    public async Task<IActionResult> Draft(string code, CancellationToken cancellationToken)
    {
        var result = await editor.OpenDraftAsync(code, cancellationToken);
        if (!result.Succeeded)
        {
            TempData.Error(result.Error!);
            return RedirectToAction(nameof(Index));
        }

        return RedirectToAction(nameof(Model), new { code, version = result.Value });
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
            var invalid = await queries.ModelAsync(code, version, form, "请更正：" + string.Join("；", problems), cancellationToken);
            return invalid is null ? NotFound() : View("Model", invalid);
        }

        var result = await editor.SaveDraftAsync(code, version, form.ToDefinition(), form.Note, cancellationToken);
        if (!result.Succeeded)
        {
            var model = await queries.ModelAsync(code, version, form, result.Error, cancellationToken);
            return model is null ? NotFound() : View("Model", model);
        }

        TempData.Success("草稿已保存。");
        return RedirectToAction(nameof(Model), new { code, version });
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
            var model = await queries.ModelAsync(code, version, null, result.Error, cancellationToken);
            return model is null ? NotFound() : View("Model", model);
        }

        TempData.Success($"第 {version} 版已发布，已发起该领域的全量重评（运行 {result.Value}）。");
        return RedirectToAction(nameof(Index));
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

        var draft = await editor.OpenDraftAsync(result.Value, cancellationToken);
        TempData.Success("领域已新增。下面是按标准结构生成的模型草稿，调整后发布即开始评价。");
        return RedirectToAction(nameof(Model), new { code = result.Value, version = draft.Value });
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
}
