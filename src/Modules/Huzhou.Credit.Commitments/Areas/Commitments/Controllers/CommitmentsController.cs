using System.Globalization;
using Huzhou.Credit.Commitments.Areas.Commitments.Models;
using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Features;
using Huzhou.Credit.Commitments.Persistence;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

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
internal sealed class CommitmentsController(CommitmentsDbContext db, CommitmentService service, CommitmentQueries queries, ICurrentStaff staff, IDepartmentDirectory departments) : Controller
{
    public override async Task OnActionExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.ActionExecutionDelegate next)
    {
        ViewData["Departments"] = (await departments.ListAsync(context.HttpContext.RequestAborted)).ToDictionary(d => d.Code, d => d.Name);
        await next();
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CommitmentStatus? status, CommitmentType? type, string? due, string? department, int page = 1, string? message = null, CancellationToken cancellationToken = default)
    {
        var filter = new CommitmentFilter(q, status, type, due, department, Math.Max(1, page));
        var (rows, total) = await queries.ListAsync(staff, filter, cancellationToken);
        var office = staff.IsInRole(CreditRoles.CreditOffice);
        var scope = office ? "全部部门" : (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == staff.DepartmentCode)?.Name ?? staff.DepartmentCode ?? "";
        return View(new CommitmentListViewModel(rows, total, filter, await queries.StatisticsAsync(staff, cancellationToken), scope, queries.Today, MayEnter(), message));
    }

    [HttpGet("statistics")]
    public async Task<IActionResult> Statistics(CancellationToken cancellationToken)
    {
        var office = staff.IsInRole(CreditRoles.CreditOffice);
        var scope = office ? "全部部门" : (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == staff.DepartmentCode)?.Name ?? "";
        return View(new CommitmentListViewModel([], 0, new CommitmentFilter(null, null, null, null, null), await queries.StatisticsAsync(staff, cancellationToken), scope, queries.Today, MayEnter(), null));
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

        return Redirect($"/commitments/{result.Value!.Id}?message={Uri.EscapeDataString($"承诺 {result.Value.Number} 已登记并写入信用信息库。")}");
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, string? message, string? error, CancellationToken cancellationToken)
    {
        var commitment = await queries.Visible(staff).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (commitment is null)
        {
            return NotFound();
        }

        var template = commitment.TemplateId is { } t ? await db.Templates.AsNoTracking().FirstOrDefaultAsync(x => x.Id == t, cancellationToken) : null;
        return View(new CommitmentDetailViewModel(commitment, template, CommitmentService.MayDecide(staff, commitment), service.Today, message, error));
    }

    [HttpPost("{id:long}/verify")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Verify(long id, string? outcome, string? note, IFormFile? evidence, CancellationToken cancellationToken)
    {
        // A commitment the account cannot see (another district's, another department's) does not exist for it.
        if (!await queries.Visible(staff).AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (outcome is not ("fulfilled" or "breached"))
        {
            return Redirect($"/commitments/{id}?error={Uri.EscapeDataString("请选择核查结果：已践诺或违诺。")}");
        }

        var result = await service.VerifyAsync(id, outcome == "fulfilled", note, evidence, staff, cancellationToken);
        return Redirect(result.Succeeded
            ? $"/commitments/{id}?message={Uri.EscapeDataString(outcome == "fulfilled" ? "已核查：已践诺。" : "已认定违诺，违诺信息已记入信用记录。")}"
            : $"/commitments/{id}?error={Uri.EscapeDataString(result.Error!)}");
    }

    [HttpPost("{id:long}/withdraw")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Withdraw(long id, string? reason, CancellationToken cancellationToken)
    {
        if (!await queries.Visible(staff).AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var result = await service.WithdrawAsync(id, reason, staff, cancellationToken);
        return Redirect(result.Succeeded
            ? $"/commitments/{id}?message={Uri.EscapeDataString("承诺已撤回。")}"
            : $"/commitments/{id}?error={Uri.EscapeDataString(result.Error!)}");
    }

    [HttpGet("{id:long}/evidence")]
    public async Task<IActionResult> Evidence(long id, CancellationToken cancellationToken)
    {
        if (!await queries.Visible(staff).AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var file = await db.Evidence.AsNoTracking().Where(e => e.CommitmentId == id).OrderByDescending(e => e.Id).FirstOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export(CommitmentStatus? status, CancellationToken cancellationToken)
    {
        var names = (await departments.ListAsync(cancellationToken)).ToDictionary(d => d.Code, d => d.Name);
        var source = queries.Visible(staff);
        if (status is { } s)
        {
            source = source.Where(c => c.Status == s);
        }

        var stamp = service.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        await CsvReport.WriteAsync(
            Response,
            $"credit-commitments-{stamp}.csv",
            $"信用承诺-{stamp}.csv",
            ["承诺书编号", "承诺主体名称", "统一社会信用代码/证件号码", "承诺类型", "承诺事项", "承诺日期", "承诺期限至", "承诺受理部门", "履约状态", "核查日期", "来源"],
            source.OrderBy(c => c.Id).AsAsyncEnumerable(),
            c => [c.Number, c.SubjectName, c.DisplayCode, CommitmentNames.Type(c.Type), c.Matter, c.SignedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                c.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", names.GetValueOrDefault(c.DepartmentCode, c.DepartmentCode), CommitmentNames.Status(c.Status),
                c.VerifiedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", CommitmentNames.Source(c.Source)],
            cancellationToken);
        return new EmptyResult();
    }

    private bool MayEnter() => staff.IsInRole(CreditRoles.CreditOffice) || (staff.IsInRole(CreditRoles.DepartmentStaff) && staff.DepartmentCode is not null);

    private async Task<CommitmentFormViewModel> FormModelAsync(CommitmentForm form, string? error, string? field, CancellationToken cancellationToken) =>
        new(form, (await departments.ListAsync(cancellationToken)).Where(d => d.IsActive).ToList(), staff.IsInRole(CreditRoles.CreditOffice), error, field);
}
