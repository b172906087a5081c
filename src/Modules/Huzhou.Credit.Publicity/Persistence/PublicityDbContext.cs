using Huzhou.Credit.Publicity.Domain;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Publicity.Persistence;

internal sealed class PublicityDbContext(DbContextOptions<PublicityDbContext> options) : DbContext(options)
{
    public const string ModuleName = "Publicity";

    public DbSet<PublicityColumn> Columns => Set<PublicityColumn>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ArticleVersion> Versions => Set<ArticleVersion>();

    public DbSet<ArticleChange> Changes => Set<ArticleChange>();

    public DbSet<ArticleAttachment> Attachments => Set<ArticleAttachment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleDbContextOptions.Schema);
        modelBuilder.Entity<PublicityColumn>(e =>
        {
            e.ToTable("publicity_columns");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Slug).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(40);
            e.Property(x => x.Description).HasMaxLength(500);
            e.Property(x => x.Kind).HasConversion<short>();
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => x.Slug).IsUnique();
        });
        modelBuilder.Entity<Article>(e =>
        {
            e.ToTable("publicity_articles");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Summary).HasMaxLength(500);
            e.Property(x => x.Body).HasMaxLength(200_000);
            e.Property(x => x.Source).HasMaxLength(100);
            e.Property(x => x.DepartmentCode).HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<short>();
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.UpdatedBy).HasMaxLength(256);
            e.HasOne<PublicityColumn>().WithMany().HasForeignKey(x => x.ColumnId).OnDelete(DeleteBehavior.Restrict);
            // The public read path: a column's published articles, newest first (one index range per page).
            e.HasIndex(x => new { x.ColumnId, x.PublishedAt, x.Id }).HasFilter("status = 3").HasDatabaseName("ix_publicity_articles_public")
                .IsDescending(false, true, true);
            // The scheduled-publish job's candidates.
            e.HasIndex(x => x.ScheduledAt).HasFilter("status = 5").HasDatabaseName("ix_publicity_articles_scheduled");
            // The staff list: a department's articles by state.
            e.HasIndex(x => new { x.DepartmentCode, x.Status, x.UpdatedAt });
            e.HasIndex(x => new { x.Status, x.UpdatedAt });
        });
        modelBuilder.Entity<ArticleVersion>(e =>
        {
            e.ToTable("publicity_article_versions");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Summary).HasMaxLength(500);
            e.Property(x => x.Body).HasMaxLength(200_000);
            e.Property(x => x.Source).HasMaxLength(100);
            e.Property(x => x.SavedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.ArticleId, x.Number }).IsUnique();
            e.HasOne<Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ArticleChange>(e =>
        {
            e.ToTable("publicity_article_changes");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.FromStatus).HasConversion<short?>();
            e.Property(x => x.ToStatus).HasConversion<short>();
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.ChangedBy).HasMaxLength(256);
            e.HasIndex(x => x.ArticleId);
            e.HasOne<Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ArticleAttachment>(e =>
        {
            e.ToTable("publicity_attachments");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(50);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.HasIndex(x => x.ArticleId);
            e.HasOne<Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
