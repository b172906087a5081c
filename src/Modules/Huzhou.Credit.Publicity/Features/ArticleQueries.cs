using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Publicity.Domain;
using Huzhou.Credit.Publicity.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Publicity.Features;

/// <summary>The staff side's reads, scoped by <see cref="PublicityAccess"/>: an editor reads its own department's articles only.</summary>
internal sealed class ArticleQueries(PublicityDbContext db, ICurrentStaff staff)
{
    public const int PageSize = 20;

    public async Task<PagedList<StaffArticleRow>> ListAsync(ArticleFilter filter, CancellationToken cancellationToken)
    {
        var query = Visible();
        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (filter.ColumnId is { } columnId)
        {
            query = query.Where(a => a.ColumnId == columnId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = "%" + filter.Q.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(a => EF.Functions.ILike(a.Title, pattern));
        }

        var page = Math.Max(1, filter.Page);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Join(db.Columns, a => a.ColumnId, c => c.Id, (a, c) => new StaffArticleRow(a.Id, a.Title, c.Name, a.DepartmentCode, a.Status, a.UpdatedAt, a.UpdatedBy, a.PublishedAt, a.ScheduledAt))
            .ToListAsync(cancellationToken);
        return new PagedList<StaffArticleRow>(rows, page, PageSize, total);
    }

    /// <summary>How many articles wait for the publisher (待审核).</summary>
    public Task<int> WaitingAsync(CancellationToken cancellationToken) =>
        PublicityAccess.IsPublisher(staff) ? db.Articles.CountAsync(a => a.Status == ArticleStatus.Submitted, cancellationToken) : Task.FromResult(0);

    public async Task<ArticleDetail?> DetailAsync(long id, CancellationToken cancellationToken)
    {
        var article = await Visible().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var column = await db.Columns.AsNoTracking().FirstAsync(c => c.Id == article.ColumnId, cancellationToken);
        var versions = await db.Versions.AsNoTracking().Where(v => v.ArticleId == id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var changes = await db.Changes.AsNoTracking().Where(c => c.ArticleId == id).OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        var attachments = await db.Attachments.AsNoTracking().Where(f => f.ArticleId == id).OrderBy(f => f.Id)
            .Select(f => new AttachmentRow(f.Id, f.FileName, f.ContentType, f.Size)).ToListAsync(cancellationToken);
        return new ArticleDetail(article, column, versions, changes, attachments);
    }

    public async Task<(ArticleVersion Version, Article Article)?> VersionAsync(long versionId, CancellationToken cancellationToken)
    {
        var found = await db.Versions.AsNoTracking().Where(v => v.Id == versionId)
            .Join(Visible(), v => v.ArticleId, a => a.Id, (v, a) => new { v, a }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.v, found.a);
    }

    /// <summary>An attachment of an article the user may see (drafts included), or null.</summary>
    public async Task<ArticleAttachment?> FileAsync(long id, CancellationToken cancellationToken) =>
        await db.Attachments.AsNoTracking().Where(f => f.Id == id && Visible().Any(a => a.Id == f.ArticleId)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ColumnOption>> ColumnOptionsAsync(CancellationToken cancellationToken) =>
        await db.Columns.AsNoTracking().Where(c => c.Active).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new ColumnOption(c.Id, c.Slug, c.Name)).ToListAsync(cancellationToken);

    public async Task<long?> ColumnIdAsync(string? slug, CancellationToken cancellationToken) =>
        slug is null ? null : await db.Columns.Where(c => c.Slug == slug && c.Active).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<Article> Visible()
    {
        var articles = db.Articles.AsNoTracking();
        if (PublicityAccess.IsPublisher(staff))
        {
            return articles;
        }

        var department = PublicityAccess.IsEditor(staff) ? staff.DepartmentCode ?? "-" : "-";
        return articles.Where(a => a.DepartmentCode == department);
    }
}
