using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Sanctions.Persistence;

internal sealed class SanctionsDbContext(DbContextOptions<SanctionsDbContext> options) : DbContext(options)
{
    public const string ModuleName = "Sanctions";

    /// <summary>The sequence that numbers the credit status refreshes.</summary>
    public const string CreditStatusRefreshes = "sanction_credit_status_refreshes";

    public DbSet<Measure> Measures => Set<Measure>();

    public DbSet<Matter> Matters => Set<Matter>();

    public DbSet<RuleSet> RuleSets => Set<RuleSet>();

    public DbSet<Rule> Rules => Set<Rule>();

    public DbSet<CheckRecord> Checks => Set<CheckRecord>();

    public DbSet<SanctionCase> Cases => Set<SanctionCase>();

    public DbSet<SubjectCreditStatus> CreditStatus => Set<SubjectCreditStatus>();

    public DbSet<CreditStatusRebuild> CreditStatusRebuilds => Set<CreditStatusRebuild>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleDbContextOptions.Schema);
        modelBuilder.Entity<Measure>(e =>
        {
            e.ToTable("sanction_measures");
            e.HasKey(m => m.Code);
            e.Property(m => m.Code).HasMaxLength(32);
            e.Property(m => m.Name).HasMaxLength(200);
            e.Property(m => m.Kind).HasConversion<short>();
            e.Property(m => m.Action).HasConversion<short>();
            e.Property(m => m.LegalBasis).HasMaxLength(1000);
            e.Property(m => m.ImplementingDepartment).HasMaxLength(200);
        });
        modelBuilder.Entity<Matter>(e =>
        {
            e.ToTable("sanction_matters");
            e.HasKey(m => m.Code);
            e.Property(m => m.Code).HasMaxLength(32);
            e.Property(m => m.Name).HasMaxLength(200);
            e.Property(m => m.DepartmentCode).HasMaxLength(20);
            e.Property(m => m.Domain).HasConversion<short>();
        });
        modelBuilder.Entity<RuleSet>(e =>
        {
            e.ToTable("sanction_rule_sets");
            e.HasKey(r => r.Version);
            e.Property(r => r.Version).ValueGeneratedNever();
            e.Property(r => r.Status).HasConversion<short>();
            e.Property(r => r.PublishedBy).HasMaxLength(256);
            e.Property(r => r.CreatedBy).HasMaxLength(256);
            e.Property(r => r.Note).HasMaxLength(1000);
        });
        modelBuilder.Entity<Rule>(e =>
        {
            e.ToTable("sanction_rules");
            e.Property(r => r.Id).UseIdentityAlwaysColumn();
            e.Property(r => r.Name).HasMaxLength(200);
            e.Property(r => r.Condition).HasConversion<short>();
            e.Property(r => r.Parameter).HasMaxLength(100);
            e.Property(r => r.Scope).HasConversion<short>();
            e.Property(r => r.Stages).HasConversion<short>();
            e.Property(r => r.MeasureCode).HasMaxLength(32);
            e.HasIndex(r => r.RuleSetVersion);
            e.HasOne<RuleSet>().WithMany().HasForeignKey(r => r.RuleSetVersion).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Measure>().WithMany().HasForeignKey(r => r.MeasureCode).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<CheckRecord>(e =>
        {
            e.ToTable("sanction_checks");
            e.Property(c => c.Id).UseIdentityAlwaysColumn();
            e.Property(c => c.Caller).HasMaxLength(256);
            e.Property(c => c.SubjectCode).HasMaxLength(18);
            e.Property(c => c.MatterCode).HasMaxLength(32);
            e.Property(c => c.Stage).HasConversion<short>();
            e.Property(c => c.Reference).HasMaxLength(100);
            e.Property(c => c.Decision).HasConversion<short>();
            // The check log is written on the check API's hot path (thousands of rows a second) and read by the
            // staff pages only: hits are JSON packed by the application (CheckHitsPacking; never queried inside, so
            // no jsonb), older rows' hits JSON text; time ranges use a BRIN index (rows arrive in time order: nearly
            // free to maintain); the log is filtered by calling system; nothing looks checks up by subject.
            e.Ignore(c => c.Hits);
            e.Property(c => c.PackedHits).HasColumnName("hits_packed");
            e.Property(c => c.LegacyHits).HasColumnName("hits").HasColumnType("text");
            e.HasIndex(c => c.CheckedAt).HasMethod("brin");
            e.HasIndex(c => new { c.Caller, c.CheckedAt });
        });
        modelBuilder.Entity<SanctionCase>(e =>
        {
            e.ToTable("sanction_cases");
            e.Property(c => c.Id).UseIdentityAlwaysColumn();
            e.Property(c => c.Caller).HasMaxLength(256);
            e.Property(c => c.SubjectCode).HasMaxLength(18);
            e.Property(c => c.MatterCode).HasMaxLength(32);
            e.Property(c => c.Domain).HasConversion<short>();
            e.Property(c => c.MeasureCode).HasMaxLength(32);
            e.Property(c => c.Outcome).HasMaxLength(500);
            e.Property(c => c.Operator).HasMaxLength(100);
            e.HasIndex(c => c.CheckId).IsUnique();
            e.HasIndex(c => c.ReceivedAt);
            e.HasOne<CheckRecord>().WithMany().HasForeignKey(c => c.CheckId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<SubjectCreditStatus>(e =>
        {
            e.ToTable("sanction_credit_status");
            e.HasKey(s => s.SubjectId);
            e.Property(s => s.SubjectId).ValueGeneratedNever();
            e.Property(s => s.Name).HasMaxLength(200);
            e.Property(s => s.DisplayCode).HasMaxLength(18);
            e.Property(s => s.DistrictCode).HasMaxLength(6);
            // JSON kept as text: the check reads it back verbatim, without the server rendering jsonb on every lookup.
            e.Property(s => s.Lists).HasColumnType("text");
            e.Property(s => s.BadRecords).HasColumnType("text");
            e.Property(s => s.Grades).HasColumnType("text");
            e.Property(s => s.Breaches).HasColumnType("text");
            // The check's one lookup.
            e.HasIndex(s => s.LookupKey).IsUnique();
        });
        // Numbers the refreshes of the credit status in the order they start (SubjectCreditStatus.RefreshNumber).
        modelBuilder.HasSequence<long>(CreditStatusRefreshes);
        modelBuilder.Entity<CreditStatusRebuild>(e =>
        {
            e.ToTable("sanction_credit_status_rebuilds");
            e.Property(r => r.Id).UseIdentityAlwaysColumn();
            e.Property(r => r.StartedBy).HasMaxLength(256);
        });
    }
}
