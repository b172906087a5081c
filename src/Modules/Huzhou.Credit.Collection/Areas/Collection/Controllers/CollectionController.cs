using Huzhou.Credit.Collection.Areas.Collection.Models;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Charts;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Tabular;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Collection.Areas.Collection.Controllers;

/// <summary>
/// Staff pages of collection: my department's deliveries, the upload wizard (choose item, upload, preview
/// with the header mapping, import), batch detail with live progress, the rejection report. The credit office
/// sees every department of its districts.
/// </summary>
[Area("Collection")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("collection")]
internal sealed class CollectionController(
    BatchQueries queries,
    BatchIntake intake,
    CollectionStatistics statistics,
    Scorecards scorecards,
    OverdueProviders overdue,
    ICatalogue catalogue,
    IDepartmentDirectory departments,
    ICurrentStaff staff,
    IAuditLog audit,
    TimeProvider clock) : Controller
{
    private bool IsCreditOffice => staff.IsInRole(CreditRoles.CreditOffice);

    private bool MayUpload => IsCreditOffice || staff.IsInRole(CreditRoles.DepartmentStaff);

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        return View(new BatchListViewModel(await queries.ListAsync(page, cancellationToken), await DepartmentNamesAsync(cancellationToken), await ItemNamesAsync(cancellationToken), MayUpload, IsCreditOffice, clock.GetUtcNow()));
    }

    [HttpGet("upload")]
    public async Task<IActionResult> Upload(string? item, CancellationToken cancellationToken) =>
        MayUpload ? View(await UploadModelAsync(item, null, cancellationToken)) : Forbid();

    [HttpPost("upload")]
    [UploadLimit]
    public async Task<IActionResult> Upload(string? itemCode, string? departmentCode, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!MayUpload)
        {
            return Forbid();
        }

        var department = await ResolveDepartmentAsync(departmentCode, cancellationToken);
        if (department is null)
        {
            ModelState.AddModelError("departmentCode", "请选择报送部门（信用办只能代本辖区部门报送）。");
        }

        if (string.IsNullOrEmpty(itemCode))
        {
            ModelState.AddModelError("itemCode", "请选择目录信息项。");
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "请选择要上传的文件（.csv 或 .xlsx）。");
        }

        if (ModelState.ErrorCount > 0)
        {
            return View(await UploadModelAsync(itemCode, departmentCode, cancellationToken));
        }

        await using var stream = file!.OpenReadStream();
        var result = await intake.CreateAsync(itemCode!, department!.Code, department.DistrictCode, staff.UserName ?? "", BatchSource.Upload, file.FileName, stream, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field ?? "", result.Error!);
            return View(await UploadModelAsync(itemCode, departmentCode, cancellationToken));
        }

        return RedirectToAction(nameof(Preview), new { id = result.Value.Id });
    }

    [HttpGet("batches/{id:long}/preview")]
    public async Task<IActionResult> Preview(long id, CancellationToken cancellationToken)
    {
        if (await FindVisibleAsync(id, cancellationToken) is not { } batch)
        {
            return NotFound();
        }

        if (batch.Status != BatchStatus.Draft)
        {
            return RedirectToAction(nameof(Details), new { id });
        }

        var preview = await intake.PreviewAsync(id, cancellationToken);
        return preview is null ? NotFound() : View(preview);
    }

    /// <summary>The clerk's choices for columns the matcher did not recognise; remembered for the department and item.</summary>
    [HttpPost("batches/{id:long}/mapping")]
    public async Task<IActionResult> Mapping(long id, List<ColumnChoiceForm> columns, [FromServices] ColumnChoices choices, CancellationToken cancellationToken)
    {
        if (await FindVisibleAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (!MayUpload)
        {
            return Forbid();
        }

        var result = await choices.ChooseAsync(id, columns.Select(c => new ColumnChoice(c.Header, c.Field)).ToList(), staff.UserName ?? "", cancellationToken);
        if (!result.Succeeded)
        {
            return RedirectToAction(nameof(Details), new { id });
        }

        TempData.Success("已按所选对应关系重新预检，下次上传同名列将自动对应。");
        return RedirectToAction(nameof(Preview), new { id });
    }

    [HttpPost("batches/{id:long}/confirm")]
    public async Task<IActionResult> Confirm(long id, CancellationToken cancellationToken)
    {
        if (await FindVisibleAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (!MayUpload)
        {
            return Forbid();
        }

        var result = await intake.ConfirmAsync(id, cancellationToken);
        if (result.Succeeded)
        {
            await audit.WriteAsync(new AuditEntry("collection.batch.submit", CollectionDbContext.ModuleName, Detail: $"提交归集批次 {id}"), cancellationToken);
        }

        TempData.Outcome(result, "已提交导入，处理进度见下方。");

        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("batches/{id:long}/cancel")]
    public async Task<IActionResult> Cancel(long id, CancellationToken cancellationToken)
    {
        if (await FindVisibleAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (!MayUpload)
        {
            return Forbid();
        }

        var result = await intake.CancelAsync(id, cancellationToken);
        TempData.Outcome(result, "已取消该批次。");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>
    /// The credit office puts a failed or interrupted batch back in the queue (<see cref="BatchRecovery.RequeueAsync"/>);
    /// audited.
    /// </summary>
    [HttpPost("batches/{id:long}/requeue")]
    public async Task<IActionResult> Requeue(long id, [FromServices] BatchRecovery recovery, CancellationToken cancellationToken)
    {
        if (await FindVisibleAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (!IsCreditOffice)
        {
            return Forbid();
        }

        var result = await recovery.RequeueAsync(id, cancellationToken);
        if (result.Succeeded)
        {
            await audit.WriteAsync(new AuditEntry("collection.batch.requeue", CollectionDbContext.ModuleName, Detail: $"重新排队归集批次 {id}"), cancellationToken);
        }

        TempData.Outcome(result, "已重新排队，处理进度见下方。");

        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("batches/{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        if (await FindVisibleAsync(id, cancellationToken) is not { } batch)
        {
            return NotFound();
        }

        var rejections = await queries.RejectionsAsync(id, 50, cancellationToken);
        return View(new BatchDetailsViewModel(
            batch,
            (await DepartmentNamesAsync(cancellationToken)).GetValueOrDefault(batch.DepartmentCode, batch.DepartmentCode),
            (await ItemNamesAsync(cancellationToken)).GetValueOrDefault(batch.ItemCode, batch.ItemCode),
            rejections.First,
            rejections.Count,
            IsCreditOffice,
            clock.GetUtcNow()));
    }

    /// <summary>Polled by the batch page while the batch runs.</summary>
    [HttpGet("batches/{id:long}/progress")]
    public async Task<IActionResult> Progress(long id, CancellationToken cancellationToken)
    {
        if (await FindVisibleAsync(id, cancellationToken) is not { } b)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        var statusName = BatchLabels.Status(b, now);
        Response.Headers.CacheControl = "no-store";
        return Json(new
        {
            status = b.Status.ToString(),
            state = b.LooksInterrupted(now) ? "interrupted" : b.Status.ToString().ToLowerInvariant(),
            statusName,
            stateName = statusName,
            text = BatchLabels.Text(b, now),
            rowsRead = b.RowsRead,
            counts = new { rowsRead = b.RowsRead },
            done = b.Status is BatchStatus.Completed or BatchStatus.Failed or BatchStatus.Cancelled,
        });
    }

    /// <summary>
    /// The rejection report (<see cref="RejectionReport"/>): csv or xlsx. The delivering department's own staff get
    /// the cells as delivered, so the report can be fixed and uploaded again (the download is audited); everyone else
    /// who may see the batch gets personal columns masked.
    /// </summary>
    [HttpGet("batches/{id:long}/rejections.{format}")]
    public async Task<IActionResult> Rejections(long id, string format, [FromServices] RejectionReport report, CancellationToken cancellationToken)
    {
        format = format.ToLowerInvariant();
        if (!RejectionReport.Formats.Contains(format) || await FindVisibleAsync(id, cancellationToken) is not { } batch)
        {
            return NotFound();
        }

        var asDelivered = staff.DepartmentCode is { } own && own == batch.DepartmentCode;
        if (asDelivered)
        {
            await audit.WriteAsync(new AuditEntry("collection.rejections.download", CollectionDbContext.ModuleName, Detail: $"批次 {id} 退回报告（报送原样，{format}）"), cancellationToken);
        }

        Response.ContentType = RejectionReport.ContentType(batch, format);
        Response.Headers.ContentDisposition = TabularDownload.ContentDisposition($"batch-{id}-rejections.{format}", RejectionReport.FileName(batch, format));
        Response.Headers.CacheControl = TabularDownload.NoStore;
        await report.WriteAsync(batch, format, asDelivered, Response.Body, cancellationToken);
        return new EmptyResult();
    }

    [HttpGet("statistics")]
    [Authorize(Roles = CreditRoles.CreditOffice)]
    public async Task<IActionResult> Statistics(DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        View(await StatisticsModelAsync(from, to, cancellationToken));

    /// <summary>The statistics table of the period as a download: <c>format</c> = <c>xlsx</c> or <c>csv</c> (default).</summary>
    [HttpGet("statistics/export")]
    [Authorize(Roles = CreditRoles.CreditOffice)]
    public async Task<IActionResult> StatisticsExport(DateOnly? from, DateOnly? to, string? format, CancellationToken cancellationToken)
    {
        if (!TabularExport.TryParse(format, out var fileFormat))
        {
            return NotFound();
        }

        var model = await StatisticsModelAsync(from, to, cancellationToken);
        var name = $"{model.From:yyyyMMdd}-{model.To:yyyyMMdd}";
        await TabularExport.WriteAsync(Response, fileFormat, $"collection-quality-{name}", $"归集质量统计-{name}", StatisticsViewModel.Headers, model.TableRows(), cancellationToken);
        return new EmptyResult();
    }

    /// <summary>The signed-in department's own scorecard; the credit office's is the ranking of all its departments.</summary>
    [HttpGet("scorecard")]
    public async Task<IActionResult> Scorecard(int months = Scorecards.DefaultMonths, CancellationToken cancellationToken = default)
    {
        if (IsCreditOffice)
        {
            return RedirectToAction(nameof(Statistics));
        }

        return string.IsNullOrEmpty(staff.DepartmentCode) ? NotFound() : await DepartmentScorecardAsync(staff.DepartmentCode, months, cancellationToken);
    }

    /// <summary>One department's scorecard: its own staff, or the credit office of its district; anyone else gets 404.</summary>
    [HttpGet("scorecard/{department}")]
    public Task<IActionResult> DepartmentScorecard(string department, int months = Scorecards.DefaultMonths, CancellationToken cancellationToken = default) =>
        DepartmentScorecardAsync(department, months, cancellationToken);

    /// <summary>One department's month trend as a download (<c>format</c> = <c>xlsx</c> or <c>csv</c>); the same callers as its scorecard.</summary>
    [HttpGet("scorecard/{department}/export")]
    public async Task<IActionResult> ScorecardExport(string department, string? format, int months = Scorecards.DefaultMonths, CancellationToken cancellationToken = default)
    {
        var result = await scorecards.GetAsync(department, months, cancellationToken);
        if (!TabularExport.TryParse(format, out var fileFormat) || !result.Succeeded)
        {
            return NotFound();
        }

        var model = new ScorecardViewModel(result.Value, IsCreditOffice, months);
        var name = $"{department}-{result.Value.From:yyyyMM}-{result.Value.To:yyyyMM}";
        await TabularExport.WriteAsync(Response, fileFormat, $"scorecard-{name}", $"归集质量报告卡-{name}", ScorecardViewModel.Headers, model.TableRows(), cancellationToken);
        return new EmptyResult();
    }

    /// <summary>逾期未报送: the providers of its districts' items that have not delivered within the item's period (credit office).</summary>
    [HttpGet("overdue")]
    [Authorize(Roles = CreditRoles.CreditOffice)]
    public async Task<IActionResult> Overdue(CancellationToken cancellationToken)
    {
        var rows = await overdue.ListAsync(await scorecards.VisibleDepartmentsAsync(cancellationToken), cancellationToken);
        return View(new OverdueViewModel(rows.Where(r => r.IsOverdue).ToList(), rows.Count, ShanghaiTime.Today(clock)));
    }

    private async Task<IActionResult> DepartmentScorecardAsync(string department, int months, CancellationToken cancellationToken)
    {
        var result = await scorecards.GetAsync(department, months, cancellationToken);
        return result.Succeeded ? View("Scorecard", new ScorecardViewModel(result.Value, IsCreditOffice, months)) : NotFound();
    }

    private async Task<StatisticsViewModel> StatisticsModelAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var today = ShanghaiTime.Today(clock);
        var period = ReportPeriod.Resolve(from, to, today, unreadable: !ModelState.IsValid);
        var names = await DepartmentNamesAsync(cancellationToken);
        var mine = await scorecards.VisibleDepartmentsAsync(cancellationToken);
        var late = (await overdue.ListAsync(mine, cancellationToken)).Count(p => p.IsOverdue);
        return new StatisticsViewModel(period.From, period.To, await statistics.QualityAsync(period.From, period.To, mine, cancellationToken), names, statistics.TimelinessWorkingDays, late)
        {
            Period = period,
            Today = today,
            Volume = await statistics.DailyVolumeAsync(period.From, period.To, mine, cancellationToken),
        };
    }

    private Task<CollectionBatch?> FindVisibleAsync(long id, CancellationToken cancellationToken) => queries.FindAsync(id, cancellationToken);

    /// <summary>Staff deliver for their own department; the credit office may deliver for any department it oversees.</summary>
    private async Task<DepartmentInfo?> ResolveDepartmentAsync(string? departmentCode, CancellationToken cancellationToken)
    {
        var all = await departments.ListAsync(cancellationToken);
        var code = IsCreditOffice && !string.IsNullOrEmpty(departmentCode) ? departmentCode : staff.DepartmentCode;
        var department = all.FirstOrDefault(d => d.Code == code && d.IsActive);
        return department is not null && (department.Code == staff.DepartmentCode || (IsCreditOffice && staff.CanSeeDistrict(department.DistrictCode))) ? department : null;
    }

    private async Task<UploadViewModel> UploadModelAsync(string? item, string? department, CancellationToken cancellationToken)
    {
        // Department staff see the items their department provides; the credit office sees all, and the department it
        // chooses must provide the item (checked on upload).
        var items = await catalogue.ListItemsAsync(includeRetired: false, cancellationToken);
        var mine = new HashSet<string>(StringComparer.Ordinal);
        foreach (var summary in items)
        {
            if (await catalogue.GetCurrentAsync(summary.ItemCode, cancellationToken) is { } version && Providers.Provides(version, staff.DepartmentCode))
            {
                mine.Add(summary.ItemCode);
            }
        }

        var ordered = items.Where(i => IsCreditOffice || mine.Contains(i.ItemCode))
            .OrderByDescending(i => mine.Contains(i.ItemCode)).ThenBy(i => i.Section).ThenBy(i => i.ItemCode, StringComparer.Ordinal).ToList();
        var all = await departments.ListAsync(cancellationToken);
        var choosable = IsCreditOffice ? all.Where(d => d.IsActive && staff.CanSeeDistrict(d.DistrictCode)).ToList() : all.Where(d => d.Code == staff.DepartmentCode).ToList();
        return new UploadViewModel(ordered, mine, item, choosable, department ?? staff.DepartmentCode, IsCreditOffice);
    }

    private async Task<IReadOnlyDictionary<string, string>> DepartmentNamesAsync(CancellationToken cancellationToken) =>
        (await departments.ListAsync(cancellationToken)).ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);

    private async Task<IReadOnlyDictionary<string, string>> ItemNamesAsync(CancellationToken cancellationToken) =>
        (await catalogue.ListItemsAsync(includeRetired: true, cancellationToken)).ToDictionary(i => i.ItemCode, i => i.Name, StringComparer.Ordinal);
}
