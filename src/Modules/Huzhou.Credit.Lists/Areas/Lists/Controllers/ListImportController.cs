using System.Globalization;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Lists.Areas.Lists.Models;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Features;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Lists.Areas.Lists.Controllers;

/// <summary>
/// The city credit office imports the list files the provincial and national platforms push: the upload queues the
/// import (a background job reads, checks and writes it in one transaction), the import's page shows its progress
/// (polling <c>/lists/import/{id}/status</c>) and then the result with the counts and every rejected row (also as a
/// CSV report). An import of another department is answered 404.
/// </summary>
[Area("Lists")]
[Authorize(Roles = CreditRoles.CreditOffice)]
[Route("lists/import")]
internal sealed class ListImportController(ListImportQueue queue, ListQueries queries, ICurrentStaff staff, TimeProvider clock) : Controller
{
    /// <summary>The request may be a little larger than the file (the multipart envelope); the file limit is checked with a Chinese message.</summary>
    // The server accepts requests well past the file limit so that a file somewhat too large reaches the action and
    // gets the Chinese message below, rather than failing while the form is read.
    private const long MaxRequest = 4 * ListImporter.MaxFileBytes;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        ListImporter.MayImport(staff) ? View(await FormAsync(null, cancellationToken)) : Forbid();

    [HttpPost("")]
    [RequestSizeLimit(MaxRequest)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequest)]
    public async Task<IActionResult> Index(ListEntrySource? source, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!ListImporter.MayImport(staff))
        {
            return Forbid();
        }

        if (source is null || !ListEntrySources.Platforms.Contains(source.Value))
        {
            ModelState.AddModelError("Source", "请选择名单文件的来源（省公共信用信息平台或全国信用信息共享平台）。");
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", "请选择要导入的文件（.csv 或 .xlsx）。");
        }
        else if (file.Length > ListImporter.MaxFileBytes)
        {
            ModelState.AddModelError("File", $"文件超过 {ListImporter.MaxFileBytes / 1024 / 1024} MB 的上限，请拆分为多个文件后分别导入。");
        }

        if (ModelState.ErrorCount == 0)
        {
            await using var stream = file!.OpenReadStream();
            var result = await queue.QueueAsync(source!.Value, file.FileName, stream, cancellationToken);
            if (result.Succeeded)
            {
                return RedirectToAction(nameof(Result), new { id = result.Value });
            }

            ModelState.AddModelError(result.Field ?? "", result.Error!);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(await FormAsync(source, cancellationToken));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Result(long id, CancellationToken cancellationToken)
    {
        if (!ListImporter.MayImport(staff))
        {
            return Forbid();
        }

        var import = await queries.ImportAsync(id, staff.DepartmentCode, cancellationToken);
        if (import is null)
        {
            return NotFound();
        }

        if (import.Status != ListImportStatus.Completed)
        {
            return View(new ImportResultViewModel(import, [], 0, clock.GetUtcNow()));
        }

        var rejections = queries.ImportRejections(id);
        return View(new ImportResultViewModel(
            import,
            await rejections.Take(ImportResultViewModel.Shown).ToListAsync(cancellationToken),
            await rejections.LongCountAsync(cancellationToken),
            clock.GetUtcNow()));
    }

    /// <summary>Polled by the import's page while it runs: state, Chinese text, bar and counts (no names, no codes).</summary>
    [HttpGet("{id:long}/status")]
    public async Task<IActionResult> Status(long id, CancellationToken cancellationToken)
    {
        if (!ListImporter.MayImport(staff))
        {
            return Forbid();
        }

        if (await queries.ImportAsync(id, staff.DepartmentCode, cancellationToken) is not { } i)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        Response.Headers.CacheControl = "no-store";
        return Json(new
        {
            i.Id,
            state = ListImportLabels.State(i, now),
            stateName = ListImportLabels.StateName(i, now),
            text = ListImportLabels.Text(i, now),
            done = ListImportLabels.IsDone(i),
            value = ListImportLabels.Percent(i),
            max = 100,
            counts = new { rowsRead = i.RowsRead, accepted = i.RowsAccepted, rejected = i.Rejected, received = i.Received, imported = i.Imported, unchanged = i.Unchanged },
            resultUrl = Url.Action(nameof(Result), new { id }),
        });
    }

    /// <summary>Every rejected row with its column and reason, as CSV (UTF-8 with BOM, opens in Excel) or XLSX.</summary>
    [HttpGet("{id:long}/rejections.{format}")]
    public async Task<IActionResult> Rejections(long id, string format, CancellationToken cancellationToken)
    {
        if (!TabularExport.TryParse(format, out var fileFormat))
        {
            return NotFound();
        }

        if (!ListImporter.MayImport(staff))
        {
            return Forbid();
        }

        if (await queries.ImportAsync(id, staff.DepartmentCode, cancellationToken) is not { Status: ListImportStatus.Completed })
        {
            return NotFound();
        }

        await TabularExport.WriteAsync(
            Response,
            fileFormat,
            $"list-import-{id}-rejections",
            $"名单导入{id}退回报告",
            ["行号", "列", "原因", "主体名称", "统一社会信用代码或身份证号码"],
            queries.ImportRejections(id).AsAsyncEnumerable(),
            r => [r.RowNumber.ToString(CultureInfo.InvariantCulture), r.ColumnName, r.Reason, r.SubjectName, r.SubjectCode],
            cancellationToken);
        return new EmptyResult();
    }

    private async Task<ImportFormViewModel> FormAsync(ListEntrySource? source, CancellationToken cancellationToken) =>
        new(source, await queries.RecentImportsAsync(10, staff.DepartmentCode, cancellationToken), await queries.TypesAsync(cancellationToken), clock.GetUtcNow());
}
