using Huzhou.Credit.Contracts.Publicity;
using Huzhou.Credit.Publicity.Domain;
using Huzhou.Credit.Publicity.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Publicity.Features;

/// <summary>
/// The public read path: columns, a column's page (paged, searched in title and summary), an article, a feed's entries,
/// an attachment; and the home page's newest items (<see cref="IPublicityHighlights"/>). Each page is one indexed query
/// (the partial index on published articles by column and date) behind the column's one-row lookup, cached per node by
/// the column's content version (<see cref="PublicityCache"/>).
/// </summary>
internal sealed class PublicityReader(PublicityDbContext db, PublicityCache cache, IRiskAlertSource riskAlerts) : IPublicityHighlights
{
    /// <summary>A search counts at most this many matches (a bounded read on a column of any size).</summary>
    public const int MaxSearchMatches = 1_000;

    public async Task<IReadOnlyList<PublicColumn>> ColumnsAsync(CancellationToken cancellationToken) =>
        await db.Columns.AsNoTracking().Where(c => c.Active).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new PublicColumn(c.Id, c.Slug, c.Name, c.Description, c.Kind == ColumnKind.Special, c.ContentVersion))
            .ToListAsync(cancellationToken);

    public async Task<PublicColumn?> ColumnAsync(string slug, CancellationToken cancellationToken) =>
        await db.Columns.AsNoTracking().Where(c => c.Slug == slug && c.Active)
            .Select(c => new PublicColumn(c.Id, c.Slug, c.Name, c.Description, c.Kind == ColumnKind.Special, c.ContentVersion))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PublicityColumnHighlights>> NewestAsync(int perColumn, CancellationToken cancellationToken = default)
    {
        perColumn = Math.Clamp(perColumn, 1, 20);
        var columns = await ColumnsAsync(cancellationToken);
        var key = $"highlights:{perColumn}:" + string.Join(',', columns.Select(c => $"{c.Id}.{c.ContentVersion}"));
        return await cache.GetOrAddAsync<IReadOnlyList<PublicityColumnHighlights>>(key, async () =>
        {
            var result = new List<PublicityColumnHighlights>();
            foreach (var column in columns)
            {
                var rows = await PublishedIn(column.Id).Take(perColumn).Select(a => new { a.Id, a.Title, a.PublishedAt }).ToListAsync(cancellationToken);
                result.Add(new PublicityColumnHighlights(column.Slug, column.Name, ColumnPath(column.Slug),
                    rows.Select(r => new PublicityHighlight(r.Title, ArticlePath(column.Slug, r.Id), r.PublishedAt!.Value)).ToList()));
            }

            return result;
        });
    }

    public async Task<ColumnPage?> ColumnPageAsync(string slug, string? q, int page, CancellationToken cancellationToken)
    {
        var column = await ColumnAsync(slug, cancellationToken);
        if (column is null)
        {
            return null;
        }

        q = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (q is { Length: > PublicityLimits.MaxQueryLength })
        {
            q = q[..PublicityLimits.MaxQueryLength];
        }

        page = Math.Max(1, page);
        var cached = await cache.GetOrAddAsync($"column:{column.Id}:{column.ContentVersion}:{page}:{q}", async () =>
        {
            var query = PublishedIn(column.Id);
            if (q is not null)
            {
                var pattern = "%" + q.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                query = query.Where(a => EF.Functions.ILike(a.Title, pattern) || (a.Summary != null && EF.Functions.ILike(a.Summary, pattern)));
            }

            var total = await query.Take(MaxSearchMatches).CountAsync(cancellationToken);
            var rows = await query.Skip((page - 1) * PublicityLimits.PageSize).Take(PublicityLimits.PageSize)
                .Select(a => new PublicArticleRow(a.Id, a.Title, a.Summary, a.Source, a.PublishedAt!.Value, a.UpdatedAt))
                .ToListAsync(cancellationToken);
            return new ColumnPage(column, q, new PagedList<PublicArticleRow>(rows, page, PublicityLimits.PageSize, total), []);
        });

        // The monitoring module's published risk alerts are read on every request (one indexed query), not cached with the
        // column's articles: a withdrawn alert leaves the public page at once.
        return slug == StandardColumns.RiskAlerts && page == 1 && q is null
            ? cached with { RiskAlerts = await riskAlerts.NewestAsync(10, cancellationToken) }
            : cached;
    }

    public async Task<PublicArticle?> ArticleAsync(string slug, long id, CancellationToken cancellationToken)
    {
        var column = await ColumnAsync(slug, cancellationToken);
        if (column is null)
        {
            return null;
        }

        return await cache.GetOrAddAsync($"article:{column.Id}:{column.ContentVersion}:{id}", async () =>
        {
            var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.ColumnId == column.Id && a.Status == ArticleStatus.Published, cancellationToken);
            if (article is null)
            {
                return NotFound;
            }

            var attachments = await db.Attachments.AsNoTracking().Where(f => f.ArticleId == id).OrderBy(f => f.Id)
                .Select(f => new AttachmentRow(f.Id, f.FileName, f.ContentType, f.Size)).ToListAsync(cancellationToken);
            return new PublicArticle(column, article.Id, article.Title, article.Summary, article.Body, article.Source, article.PublishedAt!.Value, attachments);
        }) is { Id: > 0 } found ? found : null;
    }

    /// <summary>The newest entries of a column's feed (with bodies).</summary>
    public async Task<(PublicColumn Column, IReadOnlyList<(PublicArticleRow Row, string Body)> Entries)?> FeedAsync(string slug, CancellationToken cancellationToken)
    {
        var column = await ColumnAsync(slug, cancellationToken);
        if (column is null)
        {
            return null;
        }

        var entries = await cache.GetOrAddAsync($"feed:{column.Id}:{column.ContentVersion}", async () =>
        {
            var rows = await PublishedIn(column.Id).Take(PublicityLimits.FeedSize)
                .Select(a => new { Row = new PublicArticleRow(a.Id, a.Title, a.Summary, a.Source, a.PublishedAt!.Value, a.UpdatedAt), a.Body })
                .ToListAsync(cancellationToken);
            return (IReadOnlyList<(PublicArticleRow Row, string Body)>)rows.Select(r => (r.Row, r.Body)).ToList();
        });
        return (column, entries);
    }

    /// <summary>An attachment of a published article in an active column, or null.</summary>
    public async Task<ArticleAttachment?> PublishedFileAsync(long id, CancellationToken cancellationToken) =>
        await db.Attachments.AsNoTracking()
            .Where(f => f.Id == id && db.Articles.Any(a => a.Id == f.ArticleId && a.Status == ArticleStatus.Published && db.Columns.Any(c => c.Id == a.ColumnId && c.Active)))
            .FirstOrDefaultAsync(cancellationToken);

    public static string ColumnPath(string slug) => "/publicity/" + Uri.EscapeDataString(slug);

    public static string ArticlePath(string slug, long id) => ColumnPath(slug) + "/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly PublicArticle NotFound = new(new PublicColumn(0, "", "", null, false, 0), 0, "", null, "", null, default, []);

    private IQueryable<Article> PublishedIn(long columnId) =>
        db.Articles.AsNoTracking().Where(a => a.ColumnId == columnId && a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);
}
