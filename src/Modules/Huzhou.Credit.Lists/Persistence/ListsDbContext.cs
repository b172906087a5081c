using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Lists.Persistence;

internal sealed class ListsDbContext(DbContextOptions<ListsDbContext> options) : DbContext(options)
{
    public const string ModuleName = "Lists";

    public DbSet<ListType> ListTypes => Set<ListType>();

    public DbSet<ListEntry> Entries => Set<ListEntry>();

    public DbSet<ListEntryChange> Changes => Set<ListEntryChange>();

    public DbSet<ListEntryDocument> Documents => Set<ListEntryDocument>();

    public DbSet<ListImport> Imports => Set<ListImport>();

    public DbSet<ListImportRejection> ImportRejections => Set<ListImportRejection>();

    public DbSet<ListImportFile> ImportFiles => Set<ListImportFile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleDbContextOptions.Schema);
        modelBuilder.Entity<ListType>(e =>
        {
            e.ToTable("list_types");
            e.HasKey(t => t.Code);
            e.Property(t => t.Code).HasMaxLength(32);
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.Kind).HasConversion<short>();
            e.Property(t => t.LegalBasis).HasMaxLength(1000);
            e.Property(t => t.DecidingAuthority).HasMaxLength(200);
            e.Property(t => t.EntryCriteria).HasMaxLength(2000);
            e.Property(t => t.EarlyExitConditions).HasMaxLength(1000);
            e.Property(t => t.EarlyExitCountsFrom).HasMaxLength(100);
            e.Property(t => t.Measures).HasMaxLength(2000);
            e.Property(t => t.AuthorityDepartments).HasDefaultValueSql("'{}'::text[]");
        });
        modelBuilder.Entity<ListEntry>(e =>
        {
            e.ToTable("list_entries");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.ListTypeCode).HasMaxLength(32);
            e.Property(x => x.SubjectName).HasMaxLength(200);
            e.Property(x => x.SubjectCode).HasMaxLength(18);
            e.Property(x => x.DistrictCode).HasMaxLength(6);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.Basis).HasMaxLength(1000);
            e.Property(x => x.DecidingAuthority).HasMaxLength(200);
            e.Property(x => x.DecidingAuthorityCode).HasMaxLength(18);
            e.Property(x => x.DocumentNumber).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<short>();
            e.Property(x => x.SourceDepartment).HasMaxLength(20);
            e.Property(x => x.Source).HasConversion<short>();
            e.Property(x => x.ProposedBy).HasMaxLength(256);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.NoticeMeans).HasMaxLength(100);
            e.Property(x => x.NoticeRecordedBy).HasMaxLength(256);
            e.Property(x => x.StatementAnswer).HasMaxLength(2000);
            e.Property(x => x.StatementRecordedBy).HasMaxLength(256);
            e.Property(x => x.ClosingReason).HasMaxLength(1000);
            e.Property(x => x.ClosingBasis).HasMaxLength(1000);
            e.Property(x => x.BasisRecordSummary).HasMaxLength(300);
            e.HasOne<ListType>().WithMany().HasForeignKey(x => x.ListTypeCode).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.SubjectId, x.Status });
            e.HasIndex(x => new { x.ListTypeCode, x.Status, x.EffectiveFrom });
            e.HasIndex(x => x.ExpiresOn).HasFilter("status = 2");
            // The workbench counts the proposals waiting for the credit office, per district.
            e.HasIndex(x => new { x.DistrictCode, x.ProposedAt }).HasFilter("status = 1");
            // One decision lists a subject once: a re-delivered file or a double submission is refused.
            e.HasIndex(x => new { x.ListTypeCode, x.SubjectId, x.DocumentNumber }).IsUnique();
            e.HasIndex(x => x.ImportId).HasFilter("import_id IS NOT NULL");
            e.HasOne<ListImport>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ListEntryChange>(e =>
        {
            e.ToTable("list_entry_changes");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.ChangedBy).HasMaxLength(256);
            e.Property(x => x.OldStatus).HasConversion<short?>();
            e.Property(x => x.NewStatus).HasConversion<short>();
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.HasIndex(x => new { x.EntryId, x.ChangedAt });
            e.HasOne<ListEntry>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ListEntryDocument>(e =>
        {
            e.ToTable("list_entry_documents");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.FileName).HasMaxLength(260);
            e.Property(x => x.ContentType).HasMaxLength(50);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.HasIndex(x => x.EntryId).IsUnique();
            e.HasOne<ListEntry>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ListImport>(e =>
        {
            e.ToTable("list_imports");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Source).HasConversion<short>();
            e.Property(x => x.FileName).HasMaxLength(260);
            e.Property(x => x.FileFormat).HasMaxLength(10);
            e.Property(x => x.EncodingName).HasMaxLength(20);
            e.Property(x => x.IgnoredColumns).HasMaxLength(1000);
            e.Property(x => x.DepartmentCode).HasMaxLength(20);
            e.Property(x => x.ImportedBy).HasMaxLength(256);
            e.Property(x => x.Status).HasConversion<short>();
            e.Property(x => x.Phase).HasConversion<short>();
            e.Property(x => x.Error).HasMaxLength(1000);
            e.HasIndex(x => x.ImportedAt);
            e.HasIndex(x => x.Status).HasFilter("status IN (1, 2)");
        });
        modelBuilder.Entity<ListImportFile>(e =>
        {
            e.ToTable("list_import_files");
            e.HasKey(x => x.ImportId);
            e.HasOne<ListImport>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ListImportRejection>(e =>
        {
            e.ToTable("list_import_rejections");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.ColumnName).HasMaxLength(50);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.SubjectName).HasMaxLength(200);
            e.Property(x => x.SubjectCode).HasMaxLength(40);
            e.HasIndex(x => new { x.ImportId, x.RowNumber });
            e.HasOne<ListImport>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
