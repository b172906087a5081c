using System.Globalization;
using Huzhou.Credit.Commitments.Areas.Commitments.Models;
using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Features;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Charts;
using Huzhou.Credit.SharedKernel.Files;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Commitments.Areas.Commitments.Controllers;

/// <summary>
/// The recipient department's commitments: the list with what is due and overdue for verification, entry on the
/// form, a commitment with its verification (已践诺 / 违诺 with evidence) or withdrawal; statistics and templates for
/// the credit office.
/// </summary>
[Area("Commitments")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("commitments")]
[RequestSizeLimit(12 * 1024 * 1024)]
internal sealed class CommitmentsController(CommitmentService service, CommitmentQueries queries, ICurrentStaff staff, IDepartmentDirectory departments) : Controller
{
    public override async Task OnActionExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.ActionExecutionDelegate next)
    {
        ViewData["Departments"] = (await departments.ListAsync(context.HttpContext.RequestAborted)).ToDictionary(d => d.Code, d => d.Name);
        await next();
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CommitmentStatus? status, CommitmentType? type, string? due, string? department, int page = 1, CancellationToken cancellationToken = default)
    {
        var filter = new CommitmentFilter(q, status, type, due, department, Math.Max(1, page));
        var (rows, total) = await queries.ListAsync(staff, filter, cancellationToken);
        var office = staff.IsInRole(CreditRoles.CreditOffice);
        var scope = office ? "全部部门" : (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == staff.DepartmentCode)?.Name ?? staff.DepartmentCode ?? "";
        return View(new CommitmentListViewModel(rows, total, filter, await queries.StatisticsAsync(staff, cancellationToken), scope, queries.Today, MayEnter()));
    }

    [HttpGet("statistics")]
    public async Task<IActionResult> Statistics(CancellationToken cancellationToken) => View(await StatisticsModelAsync(cancellationToken));

    /// <summary>The statistics tables as a download: <c>format</c> = <c>xlsx</c> or <c>csv</c> (default).</summary>
    [HttpGet("statistics/export")]
    public async Task<IActionResult> StatisticsExport(string? format, CancellationToken cancellationToken)
    {
        if (!TabularExport.TryParse(format, out var fileFormat))
        {
            return NotFound();
        }

        var model = await StatisticsModelAsync(cancellationToken);
        var stamp = queries.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        await TabularExport.WriteAsync(Response, fileFormat, $"commitment-statistics-{stamp}", $"信用承诺统计-{stamp}", CommitmentStatisticsViewModel.Headers, model.TableRows(), cancellationToken);
        return new EmptyResult();
    }

    private async Task<CommitmentStatisticsViewModel> StatisticsModelAsync(CancellationToken cancellationToken)
    {
        var all = await departments.ListAsync(cancellationToken);
        var scope = staff.IsInRole(CreditRoles.CreditOffice) ? "全部部门" : all.FirstOrDefault(d => d.Code == staff.DepartmentCode)?.Name ?? "";
        var today = queries.Today;
        var year = ReportPeriod.Presets(today)[^1];
        return new CommitmentStatisticsViewModel(
            await queries.StatisticsAsync(staff, cancellationToken),
            scope,
            all.ToDictionary(d => d.Code, d => d.Name),
            new ReportPeriod(year.From, year.To),
            await queries.SignedByMonthAsync(staff, year.From, cancellationToken));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        if (!MayEnter())
        {
            return Forbid();
        }

        var form = new CommitmentForm { SignedOn = service.Today, DepartmentCode = staff.DepartmentCode, Type = CommitmentType.ApprovalSubstitution };
        return View(await FormModelAsync(form, null, null, cancellationToken));
    }

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> New(CommitmentForm form, CancellationToken cancellationToken)
    {
        if (!MayEnter())
        {
            return Forbid();
        }

        if (!staff.IsInRole(CreditRoles.CreditOffice))
        {
            form.DepartmentCode = staff.DepartmentCode;
        }

        if (!ModelState.IsValid)
        {
            var field = ModelState.FirstOrDefault(e => e.Value?.Errors.Count > 0).Key;
            return View(await FormModelAsync(form, field switch
            {
                nameof(CommitmentForm.SignedOn) => "承诺日期格式不正确，请按“年-月-日”填写。",
                nameof(CommitmentForm.DueOn) => "承诺期限格式不正确，请按“年-月-日”填写。",
                _ => "填写的内容格式不正确，请检查。",
            }, field, cancellationToken));
        }

        var result = await service.CreateAsync(
            new CommitmentInput(form.SubjectCode, form.SubjectName, form.Type, form.Matter, form.Content, form.SignedOn, form.DueOn, form.DepartmentCode, form.IsPublic),
            CommitmentSource.DepartmentForm, staff.UserName ?? "", null, cancellationToken);
        if (!result.Succeeded)
        {
            return View(await FormModelAsync(form, result.Error, result.Field, cancellationToken));
        }

        TempData.Success($"承诺 {result.Value.Number} 已登记并写入信用信息库。");
        return RedirectToAction(nameof(Details), new { id = result.Value.Id });
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var detail = await queries.DetailAsync(staff, id, cancellationToken);
        return detail is null
            ? NotFound()
            : View(new CommitmentDetailViewModel(detail.Commitment, detail.Template, CommitmentService.MayDecide(staff, detail.Commitment), service.Today));
    }

    [HttpPost("{id:long}/verify")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Verify(long id, string? outcome, string? note, IFormFile? evidence, CancellationToken cancellationToken)
    {
        bool? fulfilled = outcome switch { "fulfilled" => true, "breached" => false, _ => null };
        var upload = evidence is null ? null : new FileUpload(evidence.FileName, evidence.Length, evidence.OpenReadStream);
        var result = await service.VerifyAsync(new VerifyCommitment(id, fulfilled, note, upload), staff, cancellationToken);
        return Decided(id, result, fulfilled == true ? "已核查：已践诺。" : "已认定违诺，违诺信息已记入信用记录。");
    }

    [HttpPost("{id:long}/withdraw")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Withdraw(long id, string? reason, CancellationToken cancellationToken) =>
        Decided(id, await service.WithdrawAsync(id, reason, staff, cancellationToken), "承诺已撤回。");

    [HttpGet("{id:long}/evidence")]
    public async Task<IActionResult> Evidence(long id, CancellationToken cancellationToken) =>
        await queries.EvidenceAsync(staff, id, cancellationToken) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();

    [HttpGet("export")]
    public async Task<IActionResult> Export(CommitmentStatus? status, string? format, CancellationToken cancellationToken)
    {
        if (!TabularExport.TryParse(format, out var fileFormat))
        {
            return NotFound();
        }

        var names = (await departments.ListAsync(cancellationToken)).ToDictionary(d => d.Code, d => d.Name);
        var stamp = service.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        await TabularExport.WriteAsync(
            Response,
            fileFormat,
            $"credit-commitments-{stamp}",
            $"信用承诺-{stamp}",
            ["承诺书编号", "承诺主体名称", "统一社会信用代码/证件号码", "承诺类型", "承诺事项", "承诺日期", "承诺期限至", "承诺受理部门", "履约状态", "核查日期", "来源"],
            queries.Export(staff, status),
            c => [c.Number, c.SubjectName, c.DisplayCode, CommitmentNames.Type(c.Type), c.Matter, c.SignedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                c.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", names.GetValueOrDefault(c.DepartmentCode, c.DepartmentCode), CommitmentNames.Status(c.Status),
                c.VerifiedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", CommitmentNames.Source(c.Source)],
            cancellationToken);
        return new EmptyResult();
    }

    /// <summary>A verification or withdrawal: back to the commitment with its message; one the account cannot see is not found.</summary>
    private IActionResult Decided(long id, Result result, string success)
    {
        if (!result.Succeeded && result.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        TempData.Outcome(result, success);
        return RedirectToAction(nameof(Details), new { id });
    }

    private bool MayEnter() => staff.IsInRole(CreditRoles.CreditOffice) || (staff.IsInRole(CreditRoles.DepartmentStaff) && staff.DepartmentCode is not null);

    private async Task<CommitmentFormViewModel> FormModelAsync(CommitmentForm form, string? error, string? field, CancellationToken cancellationToken) =>
        new(form, (await departments.ListAsync(cancellationToken)).Where(d => d.IsActive).ToList(), staff.IsInRole(CreditRoles.CreditOffice), error, field);
}
