using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Publicity.Domain;
using Huzhou.Credit.Publicity.Features;
using Huzhou.Credit.Publicity.Persistence;
using Huzhou.Credit.SharedKernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Publicity.Jobs;

/// <summary>
/// Every minute: articles approved for a time (定时发布) whose time has come are published — state, change row (actor
/// <c>system</c>), the column's content version and the audit entry. One run at a time (ADR 0016: a session advisory lock
/// that dies with its holder; a run that finds it held skips); idempotent, so a re-run finds nothing left.
/// </summary>
internal sealed class ScheduledPublishJob(PublicityDbContext db, JobLocks locks, IAuditLog audit, TimeProvider clock, ILogger<ScheduledPublishJob> logger)
{
    public const string JobId = "publicity:scheduled-publish";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var lease = await locks.TryAcquireAsync(JobId, cancellationToken);
        if (lease is null)
        {
            logger.LogInformation("{Job}: another run is under way, this one skips", JobId);
            return 0;
        }

        var now = clock.GetUtcNow();
        var due = await db.Articles.Where(a => a.Status == ArticleStatus.Scheduled && a.ScheduledAt <= now).OrderBy(a => a.ScheduledAt).Take(200).ToListAsync(cancellationToken);
        foreach (var article in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            article.PublishedAt = article.ScheduledAt;
            article.ScheduledAt = null;
            article.Status = ArticleStatus.Published;
            article.UpdatedAt = now;
            article.UpdatedBy = "system";
            db.Changes.Add(new ArticleChange { ArticleId = article.Id, FromStatus = ArticleStatus.Scheduled, ToStatus = ArticleStatus.Published, Reason = "定时发布", ChangedAt = now, ChangedBy = "system" });
            await PublicityCache.BumpAsync(db, article.ColumnId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await audit.WriteAsync(new AuditEntry("publicity.article.publish", PublicityDbContext.ModuleName, Detail: $"稿件 {article.Id}：定时发布"), cancellationToken);
        }

        if (due.Count > 0)
        {
            logger.LogInformation("{Job}: {Count} scheduled articles published", JobId, due.Count);
        }

        return due.Count;
    }
}
