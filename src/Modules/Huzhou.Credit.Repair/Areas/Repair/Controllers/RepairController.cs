using System.Globalization;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Features;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Tabular;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Repair.Areas.Repair.Controllers;

/// <summary>
/// 网上审核、网上办理: the deciding department's queue with its working-day countdown, an application with its materials
/// and steps, the decisions; the credit office's overview, execution, statistics, calendar and upward export.
/// </summary>
[Area("Repair")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("repair")]
internal sealed class RepairController(RepairQueries queries, RepairService service, ObjectionService objections, CalendarDayEditor calendarDays, ExclusionRuleEditor exclusionRules, ICurrentStaff staff) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.QueueAsync(cancellationToken));

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Application(long id, CancellationToken cancellationToken) =>
        await queries.ApplicationAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    /// <summary>The decision letter (信用修复决定书 / 不予信用修复决定书 / 不予受理通知书) of a closed application.</summary>
    [HttpGet("{id:long}/letter")]
    public async Task<IActionResult> Letter(long id, CancellationToken cancellationToken) =>
        await queries.LetterAsync(id, cancellationToken) is { } letter ? File(letter.Content, letter.ContentType, letter.FileName) : NotFound();

    [HttpPost("{id:long}/{step:regex(^(accept|refuse|extend|approve|deny|execute)$)}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Act(long id, string step, string? reason, CancellationToken cancellationToken)
    {
        var result = step switch
        {
            "accept" => await service.AcceptAsync(id, cancellationToken),
            "refuse" => await service.RefuseAsync(id, reason, cancellationToken),
            "extend" => await service.ExtendAsync(id, reason, cancellationToken),
            "approve" => await service.ApproveAsync(id, reason, cancellationToken),
            "deny" => await service.DenyAsync(id, reason, cancellationToken),
            _ => await service.ExecuteAsync(id, cancellationToken),
        };
        TempData.Outcome(result, "已办理。");
        return RedirectToAction(nameof(Application), new { id });
    }

    [HttpGet("objections")]
    public async Task<IActionResult> Objections(CancellationToken cancellationToken) => View(await queries.ObjectionQueueAsync(cancellationToken));

    [HttpGet("objections/{id:long}")]
    public async Task<IActionResult> Objection(long id, CancellationToken cancellationToken) =>
        await queries.ObjectionAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("objections/{id:long}/decision")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> DecideObjection(long id, ObjectionStatus outcome, string? reason, CancellationToken cancellationToken)
    {
        var result = await objections.DecideAsync(id, outcome, reason, cancellationToken);
        TempData.Outcome(result, "已处理：" + ObjectionNames.Status(outcome));
        return RedirectToAction(nameof(Objection), new { id });
    }

    [HttpGet("objections/{id:long}/evidence")]
    public async Task<IActionResult> Evidence(long id, CancellationToken cancellationToken) =>
        await queries.EvidenceAsync(id, cancellationToken) is { } evidence ? File(evidence.Content, evidence.ContentType, evidence.FileName) : NotFound();

    [HttpGet("{id:long}/materials/{materialId:long}")]
    public async Task<IActionResult> Material(long id, long materialId, CancellationToken cancellationToken) =>
        await queries.MaterialAsync(id, materialId, cancellationToken) is { } material ? File(material.Content, material.ContentType, material.FileName) : NotFound();

    /// <summary>Completed repairs for upward sync to the provincial and national platforms (CSV, or XLSX with <c>format=xlsx</c>).</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export(DateOnly? from, string? format, CancellationToken cancellationToken)
    {
        // Every district's completed repairs: the city credit office's upward sync only (a district office would see
        // other districts' subjects).
        if (!RepairService.MayExecute(staff))
        {
            return Forbid();
        }

        var since = from ?? service.Today.AddMonths(-1);
        if (!ShanghaiTime.IsInstantDay(since) || !TabularExport.TryParse(format, out var fileFormat))
        {
            return BadRequest();
        }

        var stamp = service.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        await TabularExport.WriteAsync(
            Response,
            fileFormat,
            $"credit-repairs-{stamp}",
            $"信用修复结果-{stamp}",
            ["修复编号", "主体名称", "统一社会信用代码", "信息类别", "决定文书号", "决定日期", "处罚类别", "认定部门", "申请日期", "修复完成时间"],
            queries.ExecutedSince(ShanghaiTime.StartOfDay(since)),
            a => [a.Number, a.SubjectName, a.SubjectCode, a.ItemName, a.RecordReference, a.RecordDecisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                RepairNames.PenaltyClass(a.PenaltyClass), a.DepartmentCode, ShanghaiTime.Format(a.SubmittedAt, "yyyy-MM-dd"), ShanghaiTime.Format(a.ClosedAt)],
            cancellationToken);
        return new EmptyResult();
    }

    [HttpGet("calendar")]
    public async Task<IActionResult> Calendar(int? year, CancellationToken cancellationToken)
    {
        var shown = year ?? service.Today.Year;
        if (shown is < 1900 or > 9998)
        {
            // A year no calendar covers (DateOnly cannot even hold year 0): the page does not exist.
            return NotFound();
        }

        return View(await queries.CalendarAsync(shown, cancellationToken));
    }

    [HttpPost("calendar")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SaveDay(DateOnly? date, CalendarDayKind? kind, string? name, bool remove, CancellationToken cancellationToken)
    {
        var result = await calendarDays.SaveAsync(new SaveCalendarDay(date, kind, name, remove), cancellationToken);
        if (result.Kind == ErrorKind.Forbidden && !result.Succeeded)
        {
            return Forbid();
        }

        TempData.Outcome(result, "已保存。");
        return RedirectToAction(nameof(Calendar), new { year = date?.Year });
    }

    /// <summary>The exclusion rules (penalty kinds a department's records may not stop early, per rule version).</summary>
    [HttpGet("exclusions")]
    public async Task<IActionResult> Exclusions(CancellationToken cancellationToken) => View(await queries.ExclusionRulesAsync(cancellationToken));

    [HttpPost("exclusions")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddExclusion(string? departmentCode, string? ruleVersion, string? penaltyKind, string? basis, CancellationToken cancellationToken)
    {
        var result = await exclusionRules.AddAsync(new AddExclusionRule(departmentCode, ruleVersion, penaltyKind, basis), cancellationToken);
        if (result.Kind == ErrorKind.Forbidden && !result.Succeeded)
        {
            return Forbid();
        }

        TempData.Outcome(result, "已新增排除规则。");
        return RedirectToAction(nameof(Exclusions));
    }

    [HttpPost("exclusions/{id:long}/active")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SetExclusionActive(long id, bool active, CancellationToken cancellationToken)
    {
        var result = await exclusionRules.SetActiveAsync(id, active, cancellationToken);
        if (result.Kind == ErrorKind.Forbidden && !result.Succeeded)
        {
            return Forbid();
        }

        TempData.Outcome(result, active ? "已启用。" : "已停用。");
        return RedirectToAction(nameof(Exclusions));
    }
}
