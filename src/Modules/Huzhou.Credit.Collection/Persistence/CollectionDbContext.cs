using System.Text.Json;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Huzhou.Credit.Collection.Persistence;

internal sealed class CollectionDbContext(DbContextOptions<CollectionDbContext> options) : DbContext(options)
{
    public const string ModuleName = "Collection";

    public DbSet<CollectionBatch> Batches => Set<CollectionBatch>();

    public DbSet<RememberedColumn> RememberedColumns => Set<RememberedColumn>();

    public DbSet<BatchRejection> Rejections => Set<BatchRejection>();

    public DbSet<DepartmentDailyStatistics> DailyStatistics => Set<DepartmentDailyStatistics>();

    public DbSet<OverdueNotice> OverdueNotices => Set<OverdueNotice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleDbContextOptions.Schema);
        modelBuilder.Entity<CollectionBatch>(e =>
        {
            e.ToTable("collection_batches");
            e.Property(b => b.Id).UseIdentityAlwaysColumn();
            e.Property(b => b.ItemCode).HasMaxLength(32);
            e.Property(b => b.DepartmentCode).HasMaxLength(20);
            e.Property(b => b.DistrictCode).HasMaxLength(6);
            e.Property(b => b.Source).HasConversion<short>();
            e.Property(b => b.Status).HasConversion<short>();
            e.Property(b => b.FileName).HasMaxLength(260);
            e.Property(b => b.StoredPath).HasMaxLength(500);
            e.Property(b => b.Format).HasMaxLength(10);
            e.Property(b => b.EncodingName).HasMaxLength(20);
            e.Property(b => b.Error).HasMaxLength(2000);
            e.Property(b => b.CreatedBy).HasMaxLength(256);
            e.Ignore(b => b.Duration);
            e.Property(b => b.SynonymsUsed).HasColumnType("jsonb").HasDefaultValueSql("'[]'::jsonb")
                .HasConversion(
                    v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web),
                    v => JsonSerializer.Deserialize<List<BatchSynonymUse>>(v, JsonSerializerOptions.Web) ?? new List<BatchSynonymUse>(),
                    new ValueComparer<List<BatchSynonymUse>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));
            e.Property(b => b.Headers).HasColumnType("jsonb").HasDefaultValueSql("'[]'::jsonb")
                .HasConversion(
                    v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web),
                    v => JsonSerializer.Deserialize<List<string>>(v, JsonSerializerOptions.Web) ?? new List<string>(),
                    new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));
            e.Property(b => b.ColumnMapping).HasColumnType("jsonb")
                .HasConversion(
                    v => v == null ? null : JsonSerializer.Serialize(v, JsonSerializerOptions.Web),
                    v => v == null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(v, JsonSerializerOptions.Web),
                    new ValueComparer<Dictionary<string, string>?>(
                        (a, b) => a == null ? b == null : b != null && a.Count == b.Count && !a.Except(b).Any(),
                        v => v == null ? 0 : v.Count,
                        v => v == null ? null : new Dictionary<string, string>(v)));
            e.HasIndex(b => new { b.DepartmentCode, b.CreatedAt });
            e.HasIndex(b => b.CreatedAt);
        });
        modelBuilder.Entity<RememberedColumn>(e =>
        {
            e.ToTable("collection_column_mappings");
            e.Property(m => m.Id).UseIdentityAlwaysColumn();
            e.Property(m => m.DepartmentCode).HasMaxLength(20);
            e.Property(m => m.ItemCode).HasMaxLength(32);
            e.Property(m => m.Header).HasMaxLength(200);
            e.Property(m => m.FieldKey).HasMaxLength(100);
            e.Property(m => m.UpdatedBy).HasMaxLength(256);
            e.HasIndex(m => new { m.DepartmentCode, m.ItemCode, m.Header }).IsUnique();
        });
        modelBuilder.Entity<BatchRejection>(e =>
        {
            e.ToTable("collection_rejections");
            e.Property(r => r.FieldLabel).HasMaxLength(100);
            e.Property(r => r.Reason).HasMaxLength(1000);
            e.HasIndex(r => new { r.BatchId, r.RowNumber });
            e.HasOne<CollectionBatch>().WithMany().HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DepartmentDailyStatistics>(e =>
        {
            e.ToTable("collection_daily_statistics");
            e.HasKey(s => new { s.Day, s.DepartmentCode, s.ItemCode });
            e.Property(s => s.DepartmentCode).HasMaxLength(20);
            e.Property(s => s.ItemCode).HasMaxLength(32);
            // The last delivery per department and item (overdue providers) and a department's months (its scorecard).
            e.HasIndex(s => new { s.DepartmentCode, s.ItemCode, s.Day });
        });
        modelBuilder.Entity<OverdueNotice>(e =>
        {
            e.ToTable("collection_overdue_notices");
            e.Property<long>("Id").UseIdentityAlwaysColumn();
            e.HasKey("Id");
            e.Property(n => n.DepartmentCode).HasMaxLength(20);
            e.Property(n => n.ItemCode).HasMaxLength(32);
            e.HasIndex(n => new { n.DepartmentCode, n.ItemCode, n.DueOn }).IsUnique().AreNullsDistinct(false);
        });
    }
}
