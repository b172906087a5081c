using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Repair.Persistence;

internal sealed class RepairDbContext(DbContextOptions<RepairDbContext> options) : DbContext(options)
{
    public const string ModuleName = "Repair";

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<RepairApplication> Applications => Set<RepairApplication>();

    public DbSet<RepairStep> Steps => Set<RepairStep>();

    public DbSet<RepairMaterial> Materials => Set<RepairMaterial>();

    public DbSet<RepairNotice> Notices => Set<RepairNotice>();

    public DbSet<Objection> Objections => Set<Objection>();

    public DbSet<RepairExclusionRule> ExclusionRules => Set<RepairExclusionRule>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleDbContextOptions.Schema);
        modelBuilder.Entity<CalendarDay>(e =>
        {
            e.ToTable("calendar_days");
            e.HasKey(x => x.Date);
            e.Property(x => x.Kind).HasConversion<short>();
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.UpdatedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<RepairApplication>(e =>
        {
            e.ToTable("repair_applications");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.SubjectName).HasMaxLength(200);
            e.Property(x => x.SubjectCode).HasMaxLength(18);
            e.Property(x => x.HandlerName).HasMaxLength(50);
            e.Property(x => x.NoticeEmail).HasMaxLength(200);
            e.Property(x => x.ItemCode).HasMaxLength(50);
            e.Property(x => x.ItemName).HasMaxLength(100);
            e.Property(x => x.RecordReference).HasMaxLength(200);
            e.Property(x => x.RuleVersion).HasMaxLength(20);
            e.Property(x => x.DepartmentCode).HasMaxLength(20);
            e.Property(x => x.Statement).HasMaxLength(2000);
            e.Property(x => x.Status).HasConversion<short>();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.SubjectId, x.SubmittedAt });
            e.HasIndex(x => new { x.DepartmentCode, x.Status });
            e.HasIndex(x => new { x.Status, x.AcceptDue });
            // One application in progress per record.
            e.HasIndex(x => new { x.SubjectId, x.RecordId }).IsUnique().HasFilter("status IN (1, 2, 4) AND list_entry_id IS NULL").HasDatabaseName("ux_repair_applications_open");
            e.HasIndex(x => new { x.SubjectId, x.ListEntryId }).IsUnique().HasFilter("status IN (1, 2, 4) AND list_entry_id IS NOT NULL").HasDatabaseName("ux_repair_applications_open_list");
        });
        modelBuilder.Entity<RepairStep>(e =>
        {
            e.ToTable("repair_steps");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Kind).HasConversion<short>();
            e.Property(x => x.Actor).HasMaxLength(256);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasIndex(x => new { x.ApplicationId, x.At });
            e.HasOne<RepairApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<RepairMaterial>(e =>
        {
            e.ToTable("repair_materials");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Kind).HasConversion<short>();
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(50);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.HasIndex(x => x.ApplicationId);
            e.HasOne<RepairApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Objection>(e =>
        {
            e.ToTable("objections");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.SubjectName).HasMaxLength(200);
            e.Property(x => x.SubjectCode).HasMaxLength(18);
            e.Property(x => x.HandlerName).HasMaxLength(50);
            e.Property(x => x.ItemName).HasMaxLength(100);
            e.Property(x => x.RecordReference).HasMaxLength(200);
            e.Property(x => x.DepartmentCode).HasMaxLength(20);
            e.Property(x => x.Claim).HasMaxLength(2000);
            e.Property(x => x.EvidenceFileName).HasMaxLength(200);
            e.Property(x => x.EvidenceContentType).HasMaxLength(50);
            e.Property(x => x.EvidenceSha256).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<short>();
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.Decision).HasMaxLength(2000);
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.SubjectId, x.Status });
            e.HasIndex(x => new { x.DepartmentCode, x.Status });
            // One open objection per record.
            e.HasIndex(x => new { x.SubjectId, x.RecordId }).IsUnique().HasFilter("status = 1").HasDatabaseName("ux_objections_open");
        });
        modelBuilder.Entity<RepairExclusionRule>(e =>
        {
            e.ToTable("repair_exclusion_rules");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.DepartmentCode).HasMaxLength(20);
            e.Property(x => x.RuleVersion).HasMaxLength(20);
            e.Property(x => x.PenaltyKind).HasMaxLength(50);
            e.Property(x => x.Basis).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.ChangedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.DepartmentCode, x.RuleVersion });
        });
        modelBuilder.Entity<RepairNotice>(e =>
        {
            e.ToTable("repair_notices");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Text).HasMaxLength(500);
            e.HasIndex(x => new { x.SubjectId, x.At });
            e.HasOne<RepairApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
