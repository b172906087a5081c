using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Monitoring.Areas.Monitoring.Models;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.SharedKernel.Files;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Controllers;

/// <summary>信用监测: the user's and his department's watch lists, what they watch, 关注 from a subject's page, the mail choice.</summary>
[Area("Monitoring")]
[Authorize(Roles = CreditRoles.Staff)]
[Route("monitoring")]
[RequestSizeLimit(2 * 1024 * 1024)]
internal sealed class MonitoringController(WatchListService lists, WatchListQueries queries, MailSettings mail) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new WatchListsViewModel(await queries.ListsAsync(cancellationToken)));

    [HttpPost("lists")]
    public async Task<IActionResult> Create(string? name, bool shared, CancellationToken cancellationToken)
    {
        var result = await lists.CreateAsync(name, shared, cancellationToken);
        if (!result.Succeeded)
        {
            TempData.Outcome(result, "");
            return RedirectToAction(nameof(Index));
        }

        TempData.Success("已建立关注名单。");
        return RedirectToAction(nameof(List), new { id = result.Value });
    }

    [HttpGet("lists/{id:long}")]
    public async Task<IActionResult> List(long id, CancellationToken cancellationToken)
    {
        var result = await queries.DetailAsync(id, cancellationToken);
        return result.Succeeded ? View(result.Value) : NotFound();
    }

    [HttpPost("lists/{id:long}/delete")]
    public async Task<IActionResult> Delete(long id, CancellationToken cancellationToken)
    {
        var result = await lists.DeleteAsync(id, cancellationToken);
        if (result.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        TempData.Outcome(result, "已删除关注名单。");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("lists/{id:long}/codes")]
    public async Task<IActionResult> AddCodes(long id, string? codes, CancellationToken cancellationToken)
    {
        if (!await lists.IsVisibleAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var lines = (codes ?? "").Split('\n').Select((line, i) => (Row: i + 1, Code: line.Trim())).Where(l => l.Code.Length > 0).ToList();
        if (lines.Count == 0)
        {
            TempData.Error("请填写至少一个统一社会信用代码或公民身份号码。");
            return RedirectToAction(nameof(List), new { id });
        }

        if (lines.Count > WatchListService.MaxFileRows)
        {
            TempData.Error($"一次最多填写 {WatchListService.MaxFileRows:N0} 个代码，请改用文件。");
            return RedirectToAction(nameof(List), new { id });
        }

        return Report(id, await lists.AddCodesAsync(id, lines, cancellationToken), "行");
    }

    [HttpPost("lists/{id:long}/file")]
    public async Task<IActionResult> Upload(long id, IFormFile? file, CancellationToken cancellationToken)
    {
        var upload = file is null ? new FileUpload("", 0, () => Stream.Null) : new FileUpload(file.FileName, file.Length, file.OpenReadStream);
        return Report(id, await lists.ImportAsync(id, upload, cancellationToken), "行（Excel 行号）");
    }

    [HttpPost("lists/{id:long}/sets")]
    public async Task<IActionResult> AddSet(long id, SetWatchKind kind, string? district, string? listType, string? field, string[]? grades, string? department, string? query, string? searchName, CancellationToken cancellationToken)
    {
        var result = await lists.AddSetAsync(id, new SetWatchInput(kind, district, listType, field, (grades ?? []).SelectMany(g => g.Split([',', '，', '/', ' ', '、'], StringSplitOptions.RemoveEmptyEntries)).Select(g => g.Trim().ToUpperInvariant()).ToList(),
            department, query, searchName), cancellationToken);
        if (result.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        TempData.Outcome(result, "已加入关注范围。");
        return RedirectToAction(nameof(List), new { id });
    }

    [HttpPost("lists/{id:long}/items/{itemId:long}/remove")]
    public async Task<IActionResult> RemoveItem(long id, long itemId, CancellationToken cancellationToken)
    {
        var result = await lists.RemoveItemAsync(id, itemId, cancellationToken);
        if (result.Kind == ErrorKind.NotFound && !result.Succeeded)
        {
            return NotFound();
        }

        TempData.Outcome(result, "已移出关注名单。");
        return RedirectToAction(nameof(List), new { id });
    }

    [HttpPost("lists/{id:long}/sets/{setId:long}/remove")]
    public async Task<IActionResult> RemoveSet(long id, long setId, CancellationToken cancellationToken)
    {
        var result = await lists.RemoveSetAsync(id, setId, cancellationToken);
        if (result.Kind == ErrorKind.NotFound && !result.Succeeded)
        {
            return NotFound();
        }

        TempData.Outcome(result, "已移除关注范围。");
        return RedirectToAction(nameof(List), new { id });
    }

    /// <summary>The 关注 button of the staff subject page and dossier: a plain form POST with the subject's id.</summary>
    [HttpPost("follow")]
    public async Task<IActionResult> Follow(long subjectId, string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await lists.FollowAsync(subjectId, cancellationToken);
        if (!result.Succeeded && result.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Success($"已加入关注名单“{WatchListService.DefaultListName}”，该主体有新的失信记录、名单或等级变动时会提醒您。");
        }
        else
        {
            TempData.Outcome(result, "");
        }

        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Index));
    }

    [HttpGet("settings")]
    public async Task<IActionResult> Settings(CancellationToken cancellationToken) =>
        View(await mail.CurrentAsync(cancellationToken) ?? new MailPreference());

    [HttpPost("settings")]
    public async Task<IActionResult> Settings(MailMode mode, string? email, CancellationToken cancellationToken)
    {
        var result = await mail.SaveAsync(mode, email, cancellationToken);
        TempData.Outcome(result, "已保存提醒邮件设置。");
        return RedirectToAction(nameof(Settings));
    }

    private IActionResult Report(long id, Result<CodeImportReport> result, string rowWord)
    {
        if (result.Kind == ErrorKind.NotFound && !result.Succeeded)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            TempData.Outcome(result, "");
            return RedirectToAction(nameof(List), new { id });
        }

        var report = result.Value;
        var summary = $"已加入 {report.Added} 个主体" + (report.Pending > 0 ? $"，{report.Pending} 个代码暂未在主体库中（建档后提醒）" : "")
            + (report.AlreadyWatched > 0 ? $"，{report.AlreadyWatched} 个已在名单中" : "") + "。";
        if (report.Refused.Count > 0)
        {
            var shown = report.Refused.Take(20).Select(l => $"第 {l.Row} {rowWord} {l.Code}：{l.Reason}");
            TempData.Error($"{summary}以下 {report.Refused.Count} 行未加入：{string.Join("；", shown)}{(report.Refused.Count > 20 ? "……" : "")}");
        }
        else
        {
            TempData.Success(summary);
        }

        return RedirectToAction(nameof(List), new { id });
    }
}
