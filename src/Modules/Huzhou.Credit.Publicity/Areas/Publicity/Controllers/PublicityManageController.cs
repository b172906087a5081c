using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Publicity.Areas.Publicity.Models;
using Huzhou.Credit.Publicity.Domain;
using Huzhou.Credit.Publicity.Features;
using Huzhou.Credit.SharedKernel.Files;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Publicity.Areas.Publicity.Controllers;

/// <summary>
/// The CMS for editors (own department's articles: write, attach, submit) and the credit office's publisher (review,
/// publish now or at a time, return with a reason, withdraw with a reason). Another department's article is 404.
/// </summary>
[Area("Publicity")]
[Authorize(Roles = CreditRoles.Publicity)]
[Route("publicity/manage")]
internal sealed class PublicityManageController(ArticleQueries queries, ArticleWorkflow workflow, CasePrefill prefill, ArticleSanitiser sanitiser, ICurrentStaff staff) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ArticleStatus? status, long? column, string? q, int page = 1, CancellationToken cancellationToken = default) =>
        View(new ManageIndexViewModel(
            await queries.ListAsync(new ArticleFilter(status, column, q, page), cancellationToken),
            await queries.ColumnOptionsAsync(cancellationToken),
            status, column, q,
            PublicityAccess.IsEditor(staff), PublicityAccess.IsPublisher(staff),
            await queries.WaitingAsync(cancellationToken)));

    /// <summary>A new article; <paramref name="fromCode"/> (an organisation's credit code) starts a case from its list entry.</summary>
    [HttpGet("new")]
    public async Task<IActionResult> New(string? column, string? fromCode, CancellationToken cancellationToken)
    {
        if (!PublicityAccess.IsEditor(staff))
        {
            return Forbid();
        }

        var form = new ArticleForm { ColumnId = await queries.ColumnIdAsync(column, cancellationToken) ?? 0 };
        string? error = null;
        if (!string.IsNullOrWhiteSpace(fromCode))
        {
            var filled = await prefill.FromListEntryAsync(fromCode, cancellationToken);
            if (filled.Succeeded)
            {
                form.Title = filled.Value.Title;
                form.Body = filled.Value.Body;
                form.ColumnId = await queries.ColumnIdAsync(filled.Value.IsBlack ? StandardColumns.Cases : StandardColumns.Honours, cancellationToken) ?? form.ColumnId;
            }
            else
            {
                error = filled.Error;
            }
        }

        return View("Edit", new ArticleEditViewModel(form, await queries.ColumnOptionsAsync(cancellationToken), null, fromCode, error));
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(ArticleForm form, CancellationToken cancellationToken)
    {
        var result = await workflow.CreateAsync(form.ToInput(), cancellationToken);
        if (result.Succeeded)
        {
            TempData.Success("稿件已保存为草稿。");
            return RedirectToAction(nameof(Article), new { id = result.Value });
        }

        var page = await EditView(form, null, result.Error, cancellationToken);
        return this.Page(result, () => page);
    }

    [HttpGet("articles/{id:long}")]
    public async Task<IActionResult> Article(long id, CancellationToken cancellationToken)
    {
        var detail = await queries.DetailAsync(id, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        var a = detail.Article;
        var publisher = PublicityAccess.IsPublisher(staff);
        return View(new ArticlePageViewModel(
            detail,
            sanitiser.Sanitise(a.Body),
            PublicityAccess.MayEdit(staff, a),
            PublicityAccess.MayEdit(staff, a),
            publisher && a.Status is ArticleStatus.Submitted or ArticleStatus.Scheduled,
            publisher && a.Status is ArticleStatus.Published or ArticleStatus.Scheduled,
            a.Status == ArticleStatus.Published && detail.Column.Active ? PublicityReader.ArticlePath(detail.Column.Slug, a.Id) : null));
    }

    [HttpGet("articles/{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var detail = await queries.DetailAsync(id, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        if (!PublicityAccess.MayEdit(staff, detail.Article))
        {
            TempData.Error($"稿件当前为“{ArticleStatuses.DisplayName(detail.Article.Status)}”，不能修改。");
            return RedirectToAction(nameof(Article), new { id });
        }

        var a = detail.Article;
        var form = new ArticleForm { ColumnId = a.ColumnId, Title = a.Title, Summary = a.Summary, Body = a.Body, Source = a.Source };
        return await EditView(form, id, null, cancellationToken);
    }

    [HttpPost("articles/{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, ArticleForm form, CancellationToken cancellationToken)
    {
        var result = await workflow.SaveAsync(id, form.ToInput(), cancellationToken);
        if (result.Succeeded)
        {
            TempData.Success("已保存新版本。");
            return RedirectToAction(nameof(Article), new { id });
        }

        if (result.Kind != ErrorKind.Invalid)
        {
            return Decided(id, result, "");
        }

        var page = await EditView(form, id, result.Error, cancellationToken);
        return this.Page(result, () => page);
    }

    [HttpPost("articles/{id:long}/submit")]
    public async Task<IActionResult> Submit(long id, CancellationToken cancellationToken) =>
        Decided(id, await workflow.SubmitAsync(id, cancellationToken), "已提交审核，等待信用办发布。");

    /// <summary>Publishes now, or at <paramref name="publishAt"/> (Asia/Shanghai) when given and in the future.</summary>
    [HttpPost("articles/{id:long}/publish")]
    public async Task<IActionResult> Publish(long id, DateTime? publishAt, CancellationToken cancellationToken)
    {
        DateTimeOffset? at = publishAt is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ShanghaiTime.Zone.GetUtcOffset(local)).ToUniversalTime() : null;
        return Decided(id, await workflow.PublishAsync(id, at, cancellationToken), at is null ? "已发布。" : "已审核通过，将按设定时间发布。");
    }

    [HttpPost("articles/{id:long}/return")]
    public async Task<IActionResult> Return(long id, string? reason, CancellationToken cancellationToken) =>
        Decided(id, await workflow.ReturnAsync(id, reason, cancellationToken), "已退回编辑修改。");

    [HttpPost("articles/{id:long}/withdraw")]
    public async Task<IActionResult> Withdraw(long id, string? reason, CancellationToken cancellationToken) =>
        Decided(id, await workflow.WithdrawAsync(id, reason, cancellationToken), "已撤回，公众页面不再显示。");

    [HttpPost("articles/{id:long}/attachments")]
    [RequestSizeLimit(PublicityLimits.MaxAttachmentBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = PublicityLimits.MaxAttachmentBytes + (1024 * 1024))]
    public async Task<IActionResult> Attach(long id, IFormFile? file, CancellationToken cancellationToken)
    {
        var upload = file is null ? null : new FileUpload(file.FileName, file.Length, file.OpenReadStream);
        var result = await workflow.AttachAsync(id, upload, cancellationToken);
        return Decided(id, result, result.Succeeded ? $"附件已上传。图片可在正文中以 {ArticleSanitiser.FilePathPrefix}{result.Value} 引用。" : "");
    }

    [HttpGet("versions/{id:long}")]
    public async Task<IActionResult> Version(long id, CancellationToken cancellationToken) =>
        await queries.VersionAsync(id, cancellationToken) is { } found
            ? View(new VersionViewModel(found.Version, found.Article, sanitiser.Sanitise(found.Version.Body)))
            : NotFound();

    private IActionResult Decided(long id, Result result, string success)
    {
        if (result.Kind == ErrorKind.NotFound && !result.Succeeded)
        {
            return NotFound();
        }

        if (result.Kind == ErrorKind.Forbidden && !result.Succeeded)
        {
            return Forbid();
        }

        TempData.Outcome(result, success);
        return RedirectToAction(nameof(Article), new { id });
    }

    private async Task<IActionResult> EditView(ArticleForm form, long? id, string? error, CancellationToken cancellationToken) =>
        View("Edit", new ArticleEditViewModel(form, await queries.ColumnOptionsAsync(cancellationToken), id, null, error));
}
