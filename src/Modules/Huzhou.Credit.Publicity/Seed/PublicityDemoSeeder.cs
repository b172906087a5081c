using Huzhou.Credit.Publicity.Domain;
using Huzhou.Credit.Publicity.Features;
using Huzhou.Credit.Publicity.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Publicity.Seed;

/// <summary>
/// The demo city's publicity: the special column 诚信建设万里行 and a handful of published articles per column (news of
/// 信用湖州, policy documents, typical cases, risk alerts, honours), dated over the last months. Idempotent by title.
/// </summary>
internal sealed class PublicityDemoSeeder(PublicityDbContext db, ArticleSanitiser sanitiser, TimeProvider clock) : IDemoSeeder
{
    public int Order => 60;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await db.Columns.AnyAsync(c => c.Slug == DemoArticles.SpecialSlug, cancellationToken))
        {
            db.Columns.Add(new PublicityColumn
            {
                Slug = DemoArticles.SpecialSlug, Name = DemoArticles.SpecialName, Description = "“诚信建设万里行”主题宣传活动专栏。",
                Kind = ColumnKind.Special, SortOrder = 100, Active = true, CreatedAt = now.AddDays(-20), CreatedBy = "xyb.publisher",
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        var columns = await db.Columns.ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        var known = (await db.Articles.Select(a => a.Title).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var a in DemoArticles.All.Where(a => !known.Contains(a.Title) && columns.ContainsKey(a.Column)))
        {
            var published = now.AddDays(-a.DaysAgo).AddHours(-2);
            var editor = a.Department == "HZ-SJJ" ? "scjg.editor" : "xyb.editor";
            var article = new Article
            {
                ColumnId = columns[a.Column], Title = a.Title, Summary = a.Summary, Source = a.Source, Body = sanitiser.Sanitise(a.Body),
                DepartmentCode = a.Department, Status = ArticleStatus.Published, PublishedAt = published, VersionNumber = 1,
                CreatedAt = published.AddDays(-1), CreatedBy = editor, UpdatedAt = published, UpdatedBy = "xyb.publisher",
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync(cancellationToken);
            db.Versions.Add(new ArticleVersion { ArticleId = article.Id, Number = 1, Title = article.Title, Summary = article.Summary, Body = article.Body, Source = article.Source, SavedAt = article.CreatedAt, SavedBy = editor });
            db.Changes.AddRange(
                new ArticleChange { ArticleId = article.Id, ToStatus = ArticleStatus.Draft, ChangedAt = article.CreatedAt, ChangedBy = editor },
                new ArticleChange { ArticleId = article.Id, FromStatus = ArticleStatus.Draft, ToStatus = ArticleStatus.Submitted, ChangedAt = article.CreatedAt.AddHours(1), ChangedBy = editor },
                new ArticleChange { ArticleId = article.Id, FromStatus = ArticleStatus.Submitted, ToStatus = ArticleStatus.Published, ChangedAt = published, ChangedBy = "xyb.publisher" });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (added > 0)
        {
            await db.Columns.ExecuteUpdateAsync(s => s.SetProperty(c => c.ContentVersion, c => c.ContentVersion + 1), cancellationToken);
        }

        return added == 0 ? null : $"信用公示：新增 {added} 篇已发布稿件（含专题专栏“{DemoArticles.SpecialName}”）。";
    }
}
