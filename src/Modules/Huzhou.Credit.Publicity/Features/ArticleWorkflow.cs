using System.Security.Cryptography;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Publicity.Domain;
using Huzhou.Credit.Publicity.Persistence;
using Huzhou.Credit.SharedKernel.Files;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Publicity.Features;

/// <summary>
/// Draft → submitted → published (or returned with a reason), scheduled publishing and withdrawal. Every save keeps a
/// version; every change of state writes a change row and an audit entry; publishing or withdrawing bumps the column's
/// content version in the same transaction, so the public pages' cache of every node drops the old page.
/// </summary>
internal sealed class ArticleWorkflow(PublicityDbContext db, ICurrentStaff staff, IAuditLog audit, ArticleSanitiser sanitiser, TimeProvider clock)
{
    private string Actor => staff.UserName ?? "system";

    public async Task<Result<long>> CreateAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        if (!PublicityAccess.IsEditor(staff) || string.IsNullOrEmpty(staff.DepartmentCode))
        {
            return Result<long>.Forbidden("只有信息编辑可以撰写稿件。");
        }

        var checkedInput = await CheckAsync(input, cancellationToken);
        if (!checkedInput.Succeeded)
        {
            return checkedInput.Cast<long>();
        }

        var now = clock.GetUtcNow();
        var text = checkedInput.Value;
        var article = new Article
        {
            ColumnId = input.ColumnId, Title = text.Title!, Summary = text.Summary, Body = text.Body!, Source = text.Source,
            DepartmentCode = staff.DepartmentCode, Status = ArticleStatus.Draft, VersionNumber = 1,
            CreatedAt = now, CreatedBy = Actor, UpdatedAt = now, UpdatedBy = Actor,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        db.Versions.Add(VersionOf(article, now));
        db.Changes.Add(new ArticleChange { ArticleId = article.Id, FromStatus = null, ToStatus = ArticleStatus.Draft, ChangedAt = now, ChangedBy = Actor });
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync("publicity.article.create", article, "新建稿件", cancellationToken);
        return Result.Success(article.Id);
    }

    public async Task<Result> SaveAsync(long id, ArticleInput input, CancellationToken cancellationToken)
    {
        var article = await FindAsync(id, cancellationToken);
        if (article is null)
        {
            return Result.NotFound("没有找到该稿件。");
        }

        if (!PublicityAccess.MayEdit(staff, article))
        {
            return Result.Conflict($"稿件当前为“{ArticleStatuses.DisplayName(article.Status)}”，不能修改。");
        }

        var checkedInput = await CheckAsync(input, cancellationToken);
        if (!checkedInput.Succeeded)
        {
            return checkedInput;
        }

        var text = checkedInput.Value;
        var now = clock.GetUtcNow();
        article.ColumnId = input.ColumnId;
        article.Title = text.Title!;
        article.Summary = text.Summary;
        article.Body = text.Body!;
        article.Source = text.Source;
        article.VersionNumber++;
        article.UpdatedAt = now;
        article.UpdatedBy = Actor;
        db.Versions.Add(VersionOf(article, now));
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync("publicity.article.save", article, $"保存第 {article.VersionNumber} 版", cancellationToken);
        return Result.Success();
    }

    public async Task<Result> SubmitAsync(long id, CancellationToken cancellationToken)
    {
        var article = await FindAsync(id, cancellationToken);
        if (article is null)
        {
            return Result.NotFound("没有找到该稿件。");
        }

        if (!PublicityAccess.MayEdit(staff, article))
        {
            return PublicityAccess.IsEditor(staff)
                ? Result.Conflict($"稿件当前为“{ArticleStatuses.DisplayName(article.Status)}”，不能提交审核。")
                : Result.Forbidden("只有本部门的信息编辑可以提交审核。");
        }

        await ChangeAsync(article, ArticleStatus.Submitted, null, cancellationToken);
        await AuditAsync("publicity.article.submit", article, "提交审核", cancellationToken);
        return Result.Success();
    }

    /// <summary>Publishes now, or at <paramref name="at"/> when that is in the future (the minute job does it then).</summary>
    public async Task<Result> PublishAsync(long id, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        if (!PublicityAccess.IsPublisher(staff))
        {
            return Result.Forbidden("只有信用办信息发布人员可以发布稿件。");
        }

        var article = await FindAsync(id, cancellationToken);
        if (article is null)
        {
            return Result.NotFound("没有找到该稿件。");
        }

        if (article.Status is not (ArticleStatus.Submitted or ArticleStatus.Scheduled))
        {
            return Result.Conflict($"稿件当前为“{ArticleStatuses.DisplayName(article.Status)}”，只有待审核的稿件可以发布。");
        }

        if (!await db.Columns.AnyAsync(c => c.Id == article.ColumnId && c.Active, cancellationToken))
        {
            return Result.Failure("稿件所在栏目已停用，请退回编辑改换栏目。");
        }

        var now = clock.GetUtcNow();
        if (at is { } when && when > now.AddMinutes(1))
        {
            if (when > now.AddYears(1))
            {
                return Result.Failure("定时发布时间不能晚于一年之后。", "publishAt");
            }

            article.ScheduledAt = when.ToUniversalTime();
            await ChangeAsync(article, ArticleStatus.Scheduled, null, cancellationToken);
            await AuditAsync("publicity.article.schedule", article, "定时发布：" + SharedKernel.Time.ShanghaiTime.Format(when), cancellationToken);
            return Result.Success();
        }

        article.ScheduledAt = null;
        article.PublishedAt = now;
        await ChangeAsync(article, ArticleStatus.Published, null, cancellationToken);
        await AuditAsync("publicity.article.publish", article, "发布", cancellationToken);
        return Result.Success();
    }

    public async Task<Result> ReturnAsync(long id, string? reason, CancellationToken cancellationToken) =>
        await DecideWithReasonAsync(id, reason, [ArticleStatus.Submitted, ArticleStatus.Scheduled], ArticleStatus.Returned, "退回", "publicity.article.return", cancellationToken);

    public async Task<Result> WithdrawAsync(long id, string? reason, CancellationToken cancellationToken) =>
        await DecideWithReasonAsync(id, reason, [ArticleStatus.Published, ArticleStatus.Scheduled], ArticleStatus.Withdrawn, "撤回", "publicity.article.withdraw", cancellationToken);

    private async Task<Result> DecideWithReasonAsync(long id, string? reason, ArticleStatus[] from, ArticleStatus to, string verb, string action, CancellationToken cancellationToken)
    {
        if (!PublicityAccess.IsPublisher(staff))
        {
            return Result.Forbidden($"只有信用办信息发布人员可以{verb}稿件。");
        }

        var article = await FindAsync(id, cancellationToken);
        if (article is null)
        {
            return Result.NotFound("没有找到该稿件。");
        }

        if (!from.Contains(article.Status))
        {
            return Result.Conflict($"稿件当前为“{ArticleStatuses.DisplayName(article.Status)}”，不能{verb}。");
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return Result.Failure($"请填写{verb}理由。", "reason");
        }

        if (reason.Length > 1000)
        {
            return Result.Failure($"{verb}理由不能超过 1000 字。", "reason");
        }

        article.Reason = reason;
        article.ScheduledAt = null;
        await ChangeAsync(article, to, reason, cancellationToken);
        await AuditAsync(action, article, verb + "：" + reason, cancellationToken);
        return Result.Success();
    }

    /// <summary>Attaches a PDF, JPEG or PNG (recognised by its first bytes, at most 10 MB) to an article the user may edit.</summary>
    public async Task<Result<long>> AttachAsync(long id, FileUpload? file, CancellationToken cancellationToken)
    {
        var article = await FindAsync(id, cancellationToken);
        if (article is null)
        {
            return Result<long>.NotFound("没有找到该稿件。");
        }

        if (!PublicityAccess.MayEdit(staff, article))
        {
            return Result<long>.Conflict($"稿件当前为“{ArticleStatuses.DisplayName(article.Status)}”，不能添加附件。");
        }

        if (file is null || file.Length == 0)
        {
            return Result<long>.Failure("请选择要上传的附件。", "file");
        }

        if (file.Length > PublicityLimits.MaxAttachmentBytes)
        {
            return Result<long>.Failure("附件不能超过 10 MB。", "file");
        }

        var bytes = await file.ReadAllAsync(cancellationToken);
        var type = UploadedFiles.Sniff(bytes);
        if (type is null)
        {
            return Result<long>.Failure($"附件只接受 {UploadedFiles.AcceptedNames} 文件（按文件内容识别）。", "file");
        }

        var name = file.BareName(200);
        var attachment = new ArticleAttachment
        {
            ArticleId = article.Id,
            FileName = name.Length == 0 ? "附件" : name,
            ContentType = type,
            Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes,
            UploadedAt = clock.GetUtcNow(),
            UploadedBy = Actor,
        };
        db.Attachments.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync("publicity.article.attach", article, "添加附件：" + attachment.FileName, cancellationToken);
        return Result.Success(attachment.Id);
    }

    private async Task<Article?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return article is not null && PublicityAccess.MaySee(staff, article) ? article : null;
    }

    private async Task ChangeAsync(Article article, ArticleStatus to, string? reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var from = article.Status;
        article.Status = to;
        article.UpdatedAt = now;
        article.UpdatedBy = Actor;
        db.Changes.Add(new ArticleChange { ArticleId = article.Id, FromStatus = from, ToStatus = to, Reason = reason, ChangedAt = now, ChangedBy = Actor });
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (from == ArticleStatus.Published || to == ArticleStatus.Published)
        {
            await PublicityCache.BumpAsync(db, article.ColumnId, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<Result<ArticleInput>> CheckAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return Result<ArticleInput>.Failure("请填写标题。", "Title");
        }

        if (title.Length > 200)
        {
            return Result<ArticleInput>.Failure("标题不能超过 200 字。", "Title");
        }

        var summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim();
        if (summary is { Length: > 500 })
        {
            return Result<ArticleInput>.Failure("摘要不能超过 500 字。", "Summary");
        }

        var source = string.IsNullOrWhiteSpace(input.Source) ? null : input.Source.Trim();
        if (source is { Length: > 100 })
        {
            return Result<ArticleInput>.Failure("来源不能超过 100 字。", "Source");
        }

        if (!await db.Columns.AnyAsync(c => c.Id == input.ColumnId && c.Active, cancellationToken))
        {
            return Result<ArticleInput>.Failure("请选择栏目。", "ColumnId");
        }

        var body = sanitiser.Sanitise(input.Body);
        if (string.IsNullOrWhiteSpace(ArticleSanitiser.PlainText(body, 10)) && !body.Contains("<img", StringComparison.Ordinal))
        {
            return Result<ArticleInput>.Failure("请填写正文。", "Body");
        }

        if (body.Length > PublicityLimits.MaxBodyLength)
        {
            return Result<ArticleInput>.Failure("正文过长（不能超过 20 万字符）。", "Body");
        }

        return Result.Success(input with { Title = title, Summary = summary, Source = source, Body = body });
    }

    private ArticleVersion VersionOf(Article article, DateTimeOffset now) => new()
    {
        ArticleId = article.Id, Number = article.VersionNumber, Title = article.Title, Summary = article.Summary, Body = article.Body,
        Source = article.Source, SavedAt = now, SavedBy = Actor,
    };

    private Task AuditAsync(string action, Article article, string detail, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEntry(action, PublicityDbContext.ModuleName, Detail: $"稿件 {article.Id}《{Cut(article.Title)}》：{detail}"), cancellationToken);

    private static string Cut(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
