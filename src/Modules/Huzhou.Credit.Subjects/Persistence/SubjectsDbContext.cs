using Huzhou.Credit.SharedKernel.Persistence;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Records;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Persistence;

internal sealed class SubjectsDbContext(DbContextOptions<SubjectsDbContext> options) : DbContext(options)
{
    public const string ModuleName = "Subjects";

    public DbSet<Subject> Subjects => Set<Subject>();

    public DbSet<SubjectChange> SubjectChanges => Set<SubjectChange>();

    public DbSet<SubjectCountSnapshotRow> CountSnapshots => Set<SubjectCountSnapshotRow>();

    public DbSet<CreditRecord> CreditRecords => Set<CreditRecord>();

    public DbSet<CreditRecordChange> CreditRecordChanges => Set<CreditRecordChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleDbContextOptions.Schema);

        modelBuilder.Entity<Subject>(e =>
        {
            e.ToTable("subjects", t =>
            {
                t.HasCheckConstraint("ck_subjects_identifier",
                    "(kind = 5 AND id_number_index IS NOT NULL AND uscc IS NULL) OR (kind <> 5 AND uscc IS NOT NULL AND id_number_index IS NULL)");
                t.HasCheckConstraint("ck_subjects_warning_reason", "NOT uscc_check_warning OR uscc_warning_reason IS NOT NULL");
            });
            e.Property(s => s.Id).UseIdentityAlwaysColumn();
            e.Property(s => s.Kind).HasConversion<short>();
            e.Property(s => s.Status).HasConversion<short>();
            e.Property(s => s.Sex).HasConversion<short>();
            e.Property(s => s.Verification).HasConversion<short>().HasDefaultValue(VerificationStatus.Verified).HasSentinel(VerificationStatus.Verified);
            e.Property(s => s.VerifiedBy).HasMaxLength(256);
            e.Property(s => s.Name).HasMaxLength(200);
            e.Property(s => s.DistrictCode).HasMaxLength(6);
            e.Property(s => s.Uscc).HasMaxLength(18).IsFixedLength();
            e.Property(s => s.UsccWarningReason).HasMaxLength(500);
            e.Property(s => s.LegalRepresentative).HasMaxLength(100);
            e.Property(s => s.RegisteredCapital).HasPrecision(18, 4);
            e.Property(s => s.Address).HasMaxLength(300);
            e.Property(s => s.IndustryCode).HasMaxLength(1);
            e.Property(s => s.IdNumberMasked).HasMaxLength(18);
            e.Property(s => s.CreatedBy).HasMaxLength(256);
            e.Property(s => s.UpdatedBy).HasMaxLength(256);
            e.Ignore(s => s.IsPerson);
            // Exact lookups by code and by blind index; the name-fragment index and the organisations' ordered name
            // postings (credit.organisation_name_bigrams, kept by triggers, read by NameSearch) are created in SQL (see migrations).
            e.HasIndex(s => s.Uscc).IsUnique().HasFilter("uscc IS NOT NULL");
            e.HasIndex(s => s.IdNumberIndex).IsUnique().HasFilter("id_number_index IS NOT NULL");
            e.HasIndex(s => new { s.DistrictCode, s.Kind });
            e.HasIndex(s => s.UsccCheckWarning).HasFilter("uscc_check_warning");
            e.HasIndex(s => s.Verification).HasFilter("verification = 2");
            // Possible related parties (可能关联): organisations of one district registered with the same legal representative's name.
            e.HasIndex(s => new { s.DistrictCode, s.LegalRepresentative }).HasFilter("legal_representative IS NOT NULL").HasDatabaseName("ix_subjects_district_legal_representative");
        });

        modelBuilder.Entity<SubjectChange>(e =>
        {
            e.ToTable("subject_changes");
            e.Property(c => c.ChangedBy).HasMaxLength(256);
            e.Property(c => c.Field).HasMaxLength(50);
            e.Property(c => c.OldValue).HasMaxLength(500);
            e.Property(c => c.NewValue).HasMaxLength(500);
            e.Property(c => c.Reason).HasMaxLength(500);
            e.HasIndex(c => new { c.SubjectId, c.ChangedAt });
            e.HasOne<Subject>().WithMany().HasForeignKey(c => c.SubjectId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<SubjectCountSnapshotRow>(e =>
        {
            e.ToTable("subject_count_snapshots");
            e.HasKey(r => new { r.SnapshotDate, r.Kind, r.DistrictCode });
            e.Property(r => r.Kind).HasConversion<short>();
            e.Property(r => r.DistrictCode).HasMaxLength(6);
        });

        // The record store is created in SQL (hash partitions, partial indexes: see the
        // CreditRecords and CompactRecords migrations); EF maps it for reads only and never tries to create or alter it.
        modelBuilder.Entity<CreditRecord>(e =>
        {
            e.ToTable("credit_records", t => t.ExcludeFromMigrations());
            e.HasKey(r => new { r.SubjectId, r.Id });
            e.Property(r => r.Status).HasConversion<short>();
            e.Property(r => r.PenaltyClass).HasConversion<short?>();
            e.Property(r => r.Id).ValueGeneratedNever();
            e.Property(r => r.Payload).HasColumnType("text");
        });

        modelBuilder.Entity<CreditRecordChange>(e =>
        {
            e.ToTable("credit_record_changes", t => t.ExcludeFromMigrations());
            e.HasKey(c => new { c.SubjectId, c.Id });
            e.Property(c => c.What).HasConversion<short>();
            e.Property(c => c.OldStatus).HasConversion<short?>();
            e.Property(c => c.NewStatus).HasConversion<short?>();
            e.Property(c => c.OldPayload).HasColumnType("text");
        });
    }
}
