using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Sanctions.Areas.Sanctions.Models;
using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Tabular;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Controllers;

/// <summary>Staff pages of 联合奖惩: the check log, and the rule set, measures and matters in force.</summary>
[Area("Sanctions")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("sanctions")]
internal sealed class SanctionsController(CheckQueries queries, CaseService cases, RuleEditor editor, ICurrentStaff staff) : Controller
{
    /// <summary>措施清单 and 事项清单; the city credit office adds, edits and retires entries.</summary>
    [HttpGet("catalogue")]
    public async Task<IActionResult> Catalogue(string? measure, string? matter, MatterDomain? domain, CancellationToken cancellationToken)
    {
        var model = await CatalogueModelAsync(domain, cancellationToken);
        var editedMeasure = measure is null ? null : model.Measures.FirstOrDefault(m => m.Code == measure);
        var editedMatter = matter is null ? null : model.Matters.FirstOrDefault(m => m.Code == matter);
        return View(model with
        {
            MeasureForm = editedMeasure is null ? new MeasureForm() : new MeasureForm
            {
                Code = editedMeasure.Code, Name = editedMeasure.Name, Kind = editedMeasure.Kind, Action = editedMeasure.Action,
                LegalBasis = editedMeasure.LegalBasis, ImplementingDepartment = editedMeasure.ImplementingDepartment,
            },
            EditingMeasure = editedMeasure is not null,
            MatterForm = editedMatter is null ? new MatterForm() : new MatterForm
            {
                Code = editedMatter.Code, Name = editedMatter.Name, DepartmentCode = editedMatter.DepartmentCode, Domain = editedMatter.Domain,
            },
            EditingMatter = editedMatter is not null,
        });
    }

    [HttpPost("catalogue/measures")]
    public async Task<IActionResult> SaveMeasure([FromForm] MeasureForm form, bool editing, [FromServices] MeasureMatterEditor catalogue, CancellationToken cancellationToken)
    {
        var result = await catalogue.SaveMeasureAsync(form.ToDetails(), creating: !editing, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Success(editing ? $"措施 {form.Code?.Trim().ToUpperInvariant()} 已修改。" : $"措施 {form.Code?.Trim().ToUpperInvariant()} 已加入措施清单。");
            return RedirectToAction(nameof(Catalogue), null, null, "measures");
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Catalogue", await CatalogueModelAsync(null, cancellationToken) with { MeasureForm = form, EditingMeasure = editing, MeasureError = result.Error });
    }

    [HttpPost("catalogue/measures/{code}/retire")]
    public async Task<IActionResult> RetireMeasure(string code, bool retired, [FromServices] MeasureMatterEditor catalogue, CancellationToken cancellationToken)
    {
        if (!RuleEditor.MayEdit(staff))
        {
            return Forbid();
        }

        var result = await catalogue.SetMeasureRetiredAsync(code, retired, cancellationToken);
        TempData.Outcome(result, $"措施 {code} 已{(retired ? "停用" : "恢复")}。");
        return RedirectToAction(nameof(Catalogue), null, null, "measures");
    }

    [HttpPost("catalogue/matters")]
    public async Task<IActionResult> SaveMatter([FromForm] MatterForm form, bool editing, [FromServices] MeasureMatterEditor catalogue, CancellationToken cancellationToken)
    {
        var result = await catalogue.SaveMatterAsync(form.ToDetails(), creating: !editing, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Success(editing ? $"事项 {form.Code?.Trim().ToUpperInvariant()} 已修改。" : $"事项 {form.Code?.Trim().ToUpperInvariant()} 已加入事项清单。");
            return RedirectToAction(nameof(Catalogue), null, null, "matters");
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Catalogue", await CatalogueModelAsync(null, cancellationToken) with { MatterForm = form, EditingMatter = editing, MatterError = result.Error });
    }

    [HttpPost("catalogue/matters/{code}/retire")]
    public async Task<IActionResult> RetireMatter(string code, bool retired, [FromServices] MeasureMatterEditor catalogue, CancellationToken cancellationToken)
    {
        if (!RuleEditor.MayEdit(staff))
        {
            return Forbid();
        }

        var result = await catalogue.SetMatterRetiredAsync(code, retired, cancellationToken);
        TempData.Outcome(result, $"事项 {code} 已{(retired ? "停用" : "恢复")}。");
        return RedirectToAction(nameof(Catalogue), null, null, "matters");
    }

    private async Task<CatalogueViewModel> CatalogueModelAsync(MatterDomain? domain, CancellationToken cancellationToken)
    {
        var matters = await queries.MattersAsync(cancellationToken);
        return new CatalogueViewModel(
            await queries.MeasuresAsync(cancellationToken),
            domain is null ? matters : matters.Where(m => m.Domain == domain).ToList(),
            matters.Count,
            domain,
            RuleEditor.MayEdit(staff));
    }

    /// <summary>The statistics; test clients' checks and cases are left out unless <paramref name="includeTests"/> (包含测试客户端).</summary>
    [HttpGet("statistics")]
    public async Task<IActionResult> Statistics(int days = 30, bool includeTests = false, CancellationToken cancellationToken = default) =>
        View(await StatisticsModelAsync(days, includeTests, cancellationToken));

    /// <summary>The statistics tables (by system, by matter) as a download: <c>format</c> = <c>xlsx</c> or <c>csv</c> (default).</summary>
    [HttpGet("statistics/export")]
    public async Task<IActionResult> StatisticsExport(int days = 30, bool includeTests = false, string? format = null, CancellationToken cancellationToken = default)
    {
        if (!TabularExport.TryParse(format, out var fileFormat))
        {
            return NotFound();
        }

        var model = await StatisticsModelAsync(days, includeTests, cancellationToken);
        var name = $"{model.Checks.Days}d{(includeTests ? "-tests" : "")}";
        await TabularExport.WriteAsync(Response, fileFormat, $"sanctions-statistics-{name}", $"联合奖惩统计-近{model.Checks.Days}天", StatisticsViewModel.Headers, model.TableRows(), cancellationToken);
        return new EmptyResult();
    }

    private async Task<StatisticsViewModel> StatisticsModelAsync(int days, bool includeTests, CancellationToken cancellationToken)
    {
        var checks = await queries.StatisticsAsync(Math.Clamp(days, 1, 366), includeTests, cancellationToken);
        var testCallers = await queries.TestCallersAsync(cancellationToken);
        var (byDomain, covered, domains) = await cases.StatisticsAsync(includeTests ? new HashSet<string>() : testCallers, cancellationToken);
        var matters = (await queries.MattersAsync(cancellationToken)).ToDictionary(m => m.Code);
        return new StatisticsViewModel(checks, byDomain, covered, domains, matters) { TestCallers = testCallers };
    }

    [HttpGet("cases")]
    public async Task<IActionResult> Cases(CancellationToken cancellationToken)
    {
        var testCallers = await queries.TestCallersAsync(cancellationToken);
        var (byDomain, covered, domains) = await cases.StatisticsAsync(testCallers, cancellationToken);
        var matters = (await queries.MattersAsync(cancellationToken)).ToDictionary(m => m.Code);
        var measures = (await queries.MeasuresAsync(cancellationToken)).ToDictionary(m => m.Code);
        return View(new CasesViewModel(await cases.RecentAsync(200, cancellationToken), byDomain, covered, domains, matters, measures) { TestCallers = testCallers });
    }

    [HttpGet("checks")]
    public async Task<IActionResult> Checks(string? caller, string? matter, CheckDecision? decision, string? code, DateOnly? from, DateOnly? to, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = new CheckLogQuery(caller, matter, decision, code, from, to, page);
        var matters = (await queries.MattersAsync(cancellationToken)).ToDictionary(m => m.Code);
        var error = ModelState.GetFieldValidationState("from") == ModelValidationState.Invalid ? "起始日期无法识别，请按“2026-01-31”的格式填写。"
            : ModelState.GetFieldValidationState("to") == ModelValidationState.Invalid ? "截止日期无法识别，请按“2026-01-31”的格式填写。"
            : ShanghaiTime.DayRange(from, to).Error;
        var log = error is null ? await queries.LogAsync(query, cancellationToken) : new PagedList<CheckRecord>([], 1, CheckQueries.PageSize, 0);
        return View(new CheckLogViewModel(query, log, await queries.DecisionCountsAsync(cancellationToken), matters) { Error = error, TestCallers = await queries.TestCallersAsync(cancellationToken) });
    }

    [HttpGet("rules")]
    public async Task<IActionResult> Rules(int? version, long? edit, CancellationToken cancellationToken)
    {
        var model = await RulesModelAsync(version, cancellationToken);
        if (edit is { } ruleId && model.IsDraft && model.MayEdit)
        {
            if (model.Rules.FirstOrDefault(r => r.Id == ruleId) is not { } rule)
            {
                return NotFound();
            }

            model = model with { Form = RuleForm.From(rule), EditingRuleId = ruleId };
        }

        return View(model);
    }

    /// <summary>Throws the draft away.</summary>
    [HttpPost("rules/{version:int}/discard")]
    public async Task<IActionResult> Discard(int version, CancellationToken cancellationToken)
    {
        if (!RuleEditor.MayEdit(staff))
        {
            return Forbid();
        }

        var result = await editor.DiscardDraftAsync(version, cancellationToken);
        TempData.Outcome(result, $"草稿 v{version} 已放弃。");
        return result.Succeeded ? RedirectToAction(nameof(Rules)) : RedirectToAction(nameof(Rules), new { version });
    }

    [HttpPost("rules/{version:int}/rules/{ruleId:long}")]
    public async Task<IActionResult> UpdateRule(int version, long ruleId, RuleForm form, CancellationToken cancellationToken)
    {
        if (!RuleEditor.MayEdit(staff))
        {
            return Forbid();
        }

        var result = await editor.UpdateRuleAsync(version, ruleId, form.ToDraftRule(), cancellationToken);
        if (result.Succeeded)
        {
            TempData.Success("规则已修改。");
            return RedirectToAction(nameof(Rules), new { version });
        }

        if (result.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Rules", await RulesModelAsync(version, cancellationToken) with { Error = result.Error, Form = form, EditingRuleId = ruleId });
    }

    /// <summary>A draft copied from the version in force (or the existing draft).</summary>
    [HttpPost("rules/draft")]
    public async Task<IActionResult> Draft(CancellationToken cancellationToken)
    {
        var result = await editor.CreateDraftAsync(cancellationToken);
        return result.Succeeded ? RedirectToAction(nameof(Rules), new { version = result.Value }) : Forbid();
    }

    [HttpPost("rules/{version:int}/rules")]
    public async Task<IActionResult> AddRule(int version, RuleForm form, CancellationToken cancellationToken)
    {
        var result = await editor.AddRuleAsync(version, form.ToDraftRule(), cancellationToken);
        if (result.Succeeded)
        {
            TempData.Success("规则已加入草稿。");
            return RedirectToAction(nameof(Rules), new { version });
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Rules", await RulesModelAsync(version, cancellationToken) with { Error = result.Error, Form = form });
    }

    [HttpPost("rules/{version:int}/rules/{ruleId:long}/delete")]
    public async Task<IActionResult> RemoveRule(int version, long ruleId, CancellationToken cancellationToken)
    {
        if (!RuleEditor.MayEdit(staff))
        {
            return Forbid();
        }

        var result = await editor.RemoveRuleAsync(version, ruleId, cancellationToken);
        TempData.Outcome(result, "规则已从草稿删除。");
        return RedirectToAction(nameof(Rules), new { version });
    }

    [HttpGet("rules/{version:int}/try")]
    public async Task<IActionResult> Try(int version, string? code, string? matter, CheckStages stage = CheckStages.Acceptance, CancellationToken cancellationToken = default)
    {
        if (!RuleEditor.MayEdit(staff))
        {
            return Forbid();
        }

        var model = await RulesModelAsync(version, cancellationToken) with { TryCode = code, TryMatter = matter, TryStage = stage };
        var result = await editor.TryAsync(version, code, matter, stage, cancellationToken);
        return View("Rules", result.Succeeded ? model with { Trial = result.Value } : model with { Error = result.Error });
    }

    [HttpGet("rules/{version:int}/replay")]
    public async Task<IActionResult> Replay(int version, int days = 7, CancellationToken cancellationToken = default) =>
        !RuleEditor.MayEdit(staff)
            ? Forbid()
            : View("Rules", await RulesModelAsync(version, cancellationToken) with { Replay = await editor.ReplayAsync(version, days, cancellationToken) });

    [HttpPost("rules/{version:int}/publish")]
    public async Task<IActionResult> Publish(int version, DateTimeOffset? effectiveAt, CancellationToken cancellationToken)
    {
        if (!RuleEditor.MayEdit(staff))
        {
            return Forbid();
        }

        var result = await editor.PublishAsync(version, effectiveAt, cancellationToken);
        TempData.Outcome(result, $"规则 v{version} 已发布。");
        return RedirectToAction(nameof(Rules), new { version });
    }

    private async Task<RulesViewModel> RulesModelAsync(int? version, CancellationToken cancellationToken)
    {
        var versions = await queries.RuleSetsAsync(cancellationToken);
        var shown = version ?? versions.FirstOrDefault(v => v.Status == RuleSetStatus.Published)?.Version ?? versions.FirstOrDefault()?.Version ?? 0;
        var measures = (await queries.MeasuresAsync(cancellationToken)).ToDictionary(m => m.Code);
        return new RulesViewModel(versions, shown, await queries.RulesAsync(shown, cancellationToken), measures, await queries.MattersAsync(cancellationToken))
        {
            MayEdit = RuleEditor.MayEdit(staff),
            Vocabulary = await editor.VocabularyAsync(cancellationToken),
        };
    }
}
