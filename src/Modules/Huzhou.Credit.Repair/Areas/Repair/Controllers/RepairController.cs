using System.Globalization;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Repair.Areas.Repair.Models;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Features;
using Huzhou.Credit.Repair.Persistence;
using Huzhou.Credit.SharedKernel.Tabular;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Repair.Areas.Repair.Controllers;

/// <summary>
/// 网上审核、网上办理: the deciding department's queue with its working-day countdown, an application with its materials
/// and steps, the decisions; the credit office's overview, execution, statistics, calendar and upward export.
/// </summary>
[Area("Repair")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("repair")]
internal sealed class RepairController(RepairDbContext db, RepairService service, ObjectionService objections, ICreditRecordRepairs records, ICurrentStaff staff, IAuditLog audit, IDepartmentDirectory departments, TimeProvider clock) : Controller
{
    public override async Task OnActionExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.ActionExecutionDelegate next)
    {
        // Department codes are shown as the names people know.
        ViewData["Departments"] = (await departments.ListAsync(context.HttpContext.RequestAborted)).ToDictionary(d => d.Code, d => d.Name);
        await next();
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? message, string? error, CancellationToken cancellationToken)
    {
        var office = staff.IsInRole(CreditRoles.CreditOffice);
        var source = db.Applications.AsNoTracking();
        if (!office)
        {
            source = source.Where(a => a.DepartmentCode == staff.DepartmentCode);
        }

        var all = await source.OrderByDescending(a => a.Id).Take(500).ToListAsync(cancellationToken);
        var calendar = await service.CalendarAsync(cancellationToken);
        var today = service.Today;
        var rows = all.Select(a =>
        {
            DateOnly? due = a.Status switch { RepairStatus.Submitted => a.AcceptDue, RepairStatus.Accepted => a.DecideDue, _ => null };
            return new QueueRow(a, due is { } d ? RepairService.Countdown(calendar, today, d) : null, due is { } late && late < today);
        }).OrderBy(r => r.Application.Status is RepairStatus.Submitted or RepairStatus.Accepted or RepairStatus.Approved ? 0 : 1).ThenByDescending(r => r.Late).ToList();
        return View(new QueueViewModel(rows, await StatisticsAsync(source, calendar, cancellationToken), RepairService.MayExecute(staff), office ? "全部部门" : (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == staff.DepartmentCode)?.Name ?? staff.DepartmentCode ?? "", message, error));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Application(long id, string? message, string? error, CancellationToken cancellationToken)
    {
        var model = await ModelAsync(id, message, error, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>The decision letter (信用修复决定书 / 不予信用修复决定书 / 不予受理通知书) of a closed application.</summary>
    [HttpGet("{id:long}/letter")]
    public async Task<IActionResult> Letter(long id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null || !MaySee(application) || await service.DecisionLetterAsync(application, cancellationToken) is not { } pdf)
        {
            return NotFound();
        }

        return File(pdf, "application/pdf", $"{Documents.RepairDecisionLetter.TitleOf(application)}-{application.Number}.pdf");
    }

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
        return Redirect(result.Succeeded
            ? $"/repair/{id}?message={Uri.EscapeDataString("已办理。")}"
            : $"/repair/{id}?error={Uri.EscapeDataString(result.Error!)}");
    }

    [HttpGet("objections")]
    public async Task<IActionResult> Objections(string? message, string? error, CancellationToken cancellationToken)
    {
        var source = db.Objections.AsNoTracking();
        if (!staff.IsInRole(CreditRoles.CreditOffice))
        {
            source = source.Where(o => o.DepartmentCode == staff.DepartmentCode);
        }

        var rows = await source.OrderBy(o => o.Status).ThenByDescending(o => o.Id).Take(300)
            .Select(o => new Objection { Id = o.Id, Number = o.Number, SubjectName = o.SubjectName, SubjectCode = o.SubjectCode, ItemName = o.ItemName, RecordReference = o.RecordReference, DepartmentCode = o.DepartmentCode, Status = o.Status, SubmittedAt = o.SubmittedAt, Due = o.Due })
            .ToListAsync(cancellationToken);
        var calendar = await service.CalendarAsync(cancellationToken);
        return View(new ObjectionQueueViewModel(
            rows.Select(o => (o, o.Status == ObjectionStatus.UnderReview ? RepairService.Countdown(calendar, service.Today, o.Due) : "", o.Status == ObjectionStatus.UnderReview && o.Due < service.Today)).ToList(),
            message, error));
    }

    [HttpGet("objections/{id:long}")]
    public async Task<IActionResult> Objection(long id, string? message, string? error, CancellationToken cancellationToken)
    {
        var objection = await db.Objections.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (objection is null || !(staff.IsInRole(CreditRoles.CreditOffice) || staff.DepartmentCode == objection.DepartmentCode))
        {
            return NotFound();
        }

        var calendar = await service.CalendarAsync(cancellationToken);
        return View(new ObjectionViewModel(objection, await records.GetAsync(objection.SubjectId, objection.RecordId, cancellationToken),
            objection.Status == ObjectionStatus.UnderReview ? RepairService.Countdown(calendar, service.Today, objection.Due) : "", objections.MayDecide(objection), message, error));
    }

    [HttpPost("objections/{id:long}/decision")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> DecideObjection(long id, ObjectionStatus outcome, string? reason, CancellationToken cancellationToken)
    {
        var result = await objections.DecideAsync(id, outcome, reason, cancellationToken);
        return Redirect(result.Succeeded
            ? $"/repair/objections/{id}?message={Uri.EscapeDataString("已处理：" + ObjectionNames.Status(outcome))}"
            : $"/repair/objections/{id}?error={Uri.EscapeDataString(result.Error!)}");
    }

    [HttpGet("objections/{id:long}/evidence")]
    public async Task<IActionResult> Evidence(long id, CancellationToken cancellationToken)
    {
        var objection = await db.Objections.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (objection?.Evidence is null || !(staff.IsInRole(CreditRoles.CreditOffice) || staff.DepartmentCode == objection.DepartmentCode))
        {
            return NotFound();
        }

        await audit.WriteAsync(new AuditEntry("repair.objection.evidence", RepairDbContext.ModuleName, objection.SubjectId, Detail: $"查看异议证明材料 {objection.Number}"), cancellationToken);
        return File(objection.Evidence, objection.EvidenceContentType ?? "application/octet-stream", objection.EvidenceFileName);
    }

    [HttpGet("{id:long}/materials/{materialId:long}")]
    public async Task<IActionResult> Material(long id, long materialId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null || !MaySee(application))
        {
            return NotFound();
        }

        var material = await db.Materials.AsNoTracking().SingleOrDefaultAsync(m => m.Id == materialId && m.ApplicationId == id, cancellationToken);
        if (material is null)
        {
            return NotFound();
        }

        await audit.WriteAsync(new AuditEntry("repair.material", RepairDbContext.ModuleName, application.SubjectId, Detail: $"查看修复材料 {application.Number} {RepairNames.Material(material.Kind)}"), cancellationToken);
        return File(material.Content, material.ContentType, material.FileName);
    }

    /// <summary>Completed repairs for upward sync to the provincial and national platforms (CSV).</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export(DateOnly? from, CancellationToken cancellationToken)
    {
        // Every district's completed repairs: the city credit office's upward sync only (a district office would see
        // other districts' subjects).
        if (!RepairService.MayExecute(staff))
        {
            return Forbid();
        }

        var since = from ?? service.Today.AddMonths(-1);
        if (!ShanghaiTime.IsInstantDay(since))
        {
            return BadRequest();
        }

        var start = ShanghaiTime.StartOfDay(since);
        var stamp = service.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        await CsvReport.WriteAsync(
            Response,
            $"credit-repairs-{stamp}.csv",
            $"信用修复结果-{stamp}.csv",
            ["修复编号", "主体名称", "统一社会信用代码", "信息类别", "决定文书号", "决定日期", "处罚类别", "认定部门", "申请日期", "修复完成时间"],
            db.Applications.AsNoTracking().Where(a => a.Status == RepairStatus.Executed && a.ClosedAt >= start).OrderBy(a => a.ClosedAt).AsAsyncEnumerable(),
            a => [a.Number, a.SubjectName, a.SubjectCode, a.ItemName, a.RecordReference, a.RecordDecisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                RepairNames.PenaltyClass(a.PenaltyClass), a.DepartmentCode, ShanghaiTime.Format(a.SubmittedAt, "yyyy-MM-dd"), ShanghaiTime.Format(a.ClosedAt)],
            cancellationToken);
        return new EmptyResult();
    }

    [HttpGet("calendar")]
    public async Task<IActionResult> Calendar(int? year, string? message, string? error, CancellationToken cancellationToken)
    {
        var shown = year ?? service.Today.Year;
        if (shown is < 1900 or > 9998)
        {
            // A year no calendar covers (DateOnly cannot even hold year 0): the page does not exist.
            return NotFound();
        }

        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= new DateOnly(shown, 1, 1) && d.Date <= new DateOnly(shown, 12, 31)).OrderBy(d => d.Date).ToListAsync(cancellationToken);
        return View(new CalendarViewModel(shown, days, RepairService.MayExecute(staff), message, error));
    }

    [HttpPost("calendar")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SaveDay(DateOnly? date, CalendarDayKind? kind, string? name, bool remove, CancellationToken cancellationToken)
    {
        if (!RepairService.MayExecute(staff))
        {
            return Forbid();
        }

        if (date is not { } day)
        {
            return Redirect($"/repair/calendar?error={Uri.EscapeDataString("请填写日期。")}");
        }

        var existing = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == day, cancellationToken);
        if (remove)
        {
            if (existing is not null)
            {
                db.CalendarDays.Remove(existing);
            }
        }
        else
        {
            if (kind is null || string.IsNullOrWhiteSpace(name) || name.Trim().Length > 50)
            {
                return Redirect($"/repair/calendar?year={day.Year}&error={Uri.EscapeDataString("请选择类型并填写名称（如 春节、春节调休上班）。")}");
            }

            if (kind == CalendarDayKind.MakeUpWorkday && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                return Redirect($"/repair/calendar?year={day.Year}&error={Uri.EscapeDataString("调休上班日应为周六或周日。")}");
            }

            if (existing is null)
            {
                db.CalendarDays.Add(existing = new CalendarDay { Date = day });
            }

            existing.Kind = kind.Value;
            existing.Name = name.Trim();
            existing.UpdatedBy = staff.UserName ?? "";
            existing.UpdatedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("repair.calendar", RepairDbContext.ModuleName, Detail: $"{(remove ? "删除" : "设置")}工作日历 {day:yyyy-MM-dd} {name}"), cancellationToken);
        return Redirect($"/repair/calendar?year={day.Year}&message={Uri.EscapeDataString("已保存。")}");
    }

    private bool MaySee(RepairApplication application) => staff.IsInRole(CreditRoles.CreditOffice) || staff.DepartmentCode == application.DepartmentCode;

    private async Task<ApplicationViewModel?> ModelAsync(long id, string? message, string? error, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null || !MaySee(application))
        {
            return null;
        }

        var steps = await db.Steps.AsNoTracking().Where(s => s.ApplicationId == id).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var materials = await db.Materials.AsNoTracking().Where(m => m.ApplicationId == id)
            .Select(m => new RepairMaterial { Id = m.Id, Kind = m.Kind, FileName = m.FileName, ContentType = m.ContentType, Size = m.Size, Sha256 = m.Sha256, UploadedAt = m.UploadedAt })
            .ToListAsync(cancellationToken);
        var calendar = await service.CalendarAsync(cancellationToken);
        DateOnly? due = application.Status switch { RepairStatus.Submitted => application.AcceptDue, RepairStatus.Accepted => application.DecideDue, _ => null };
        var record = await records.GetAsync(application.SubjectId, application.RecordId, cancellationToken);
        var recordStatus = record is null ? "—" : CreditRecordNames.Of(record.Status);
        return new ApplicationViewModel(application, steps, materials, due is { } d ? RepairService.Countdown(calendar, service.Today, d) : null,
            service.MayReview(application), RepairService.MayExecute(staff), message, error, recordStatus);
    }

    /// <summary>Applications, approval rate and the mean working days of acceptance and of the decision.</summary>
    private async Task<RepairStatistics> StatisticsAsync(IQueryable<RepairApplication> source, WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var all = await source.Select(a => new { a.Id, a.Status }).ToListAsync(cancellationToken);
        var ids = all.Select(a => a.Id).ToList();
        var steps = await db.Steps.AsNoTracking().Where(s => ids.Contains(s.ApplicationId)).Select(s => new { s.ApplicationId, s.Kind, s.At }).ToListAsync(cancellationToken);
        int Count(RepairStatus s) => all.Count(a => a.Status == s);
        DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(ShanghaiTime.ToShanghai(at).DateTime);
        double? Mean(RepairStepKind start, RepairStepKind[] ends)
        {
            var spans = steps.GroupBy(s => s.ApplicationId).Select(g =>
            {
                var from = g.FirstOrDefault(s => s.Kind == start);
                var to = g.FirstOrDefault(s => ends.Contains(s.Kind));
                return from is null || to is null ? (int?)null : calendar.WorkingDaysBetween(Day(from.At), Day(to.At));
            }).OfType<int>().ToList();
            return spans.Count == 0 ? null : spans.Average();
        }

        var approved = Count(RepairStatus.Approved) + Count(RepairStatus.Executed);
        var decided = approved + Count(RepairStatus.Denied);
        return new RepairStatistics(
            all.Count, Count(RepairStatus.Executed), Count(RepairStatus.Approved), Count(RepairStatus.Denied), Count(RepairStatus.Refused),
            Count(RepairStatus.Submitted) + Count(RepairStatus.Accepted), decided == 0 ? null : approved / (double)decided,
            Mean(RepairStepKind.Submitted, [RepairStepKind.Accepted, RepairStepKind.Refused]),
            Mean(RepairStepKind.Accepted, [RepairStepKind.Approved, RepairStepKind.Denied]));
    }
}
