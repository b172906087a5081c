using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Integrity.Persistence;

internal sealed class IntegrityDbContext(DbContextOptions<IntegrityDbContext> options) : DbContext(options)
{
    public const string ModuleName = "Integrity";

    public DbSet<IntegritySigningKey> SigningKeys => Set<IntegritySigningKey>();

    public DbSet<IncentiveScenario> Scenarios => Set<IncentiveScenario>();

    public DbSet<Redemption> Redemptions => Set<Redemption>();

    public DbSet<StoredPersonalScore> PersonalScores => Set<StoredPersonalScore>();

    public DbSet<ScoreHistoryEntry> ScoreHistory => Set<ScoreHistoryEntry>();

    public DbSet<PointsScheme> Schemes => Set<PointsScheme>();

    public DbSet<SchemeMember> SchemeMembers => Set<SchemeMember>();

    public DbSet<PointRule> PointRules => Set<PointRule>();

    public DbSet<PointEvent> PointEvents => Set<PointEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleDbContextOptions.Schema);
        modelBuilder.Entity<IntegritySigningKey>(e =>
        {
            e.ToTable("integrity_signing_keys");
            e.Property(x => x.Id).HasMaxLength(40);
            e.Property(x => x.PublicJwk).HasMaxLength(1000);
        });
        modelBuilder.Entity<IncentiveScenario>(e =>
        {
            e.ToTable("integrity_scenarios");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Code).HasMaxLength(30);
            e.Property(x => x.Category).HasMaxLength(30);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Provider).HasMaxLength(100);
            e.Property(x => x.Benefit).HasMaxLength(500);
            e.HasIndex(x => x.Code).IsUnique();
        });
        modelBuilder.Entity<Redemption>(e =>
        {
            e.ToTable("integrity_redemptions");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.ScenarioCode).HasMaxLength(30);
            e.Property(x => x.TokenId).HasMaxLength(64);
            e.Property(x => x.Issuer).HasMaxLength(200);
            e.Property(x => x.Verifier).HasMaxLength(256);
            // A code opens a scenario once: the same code shown again for the same scenario is a replay.
            e.HasIndex(x => new { x.TokenId, x.ScenarioCode }).IsUnique();
            e.HasIndex(x => new { x.ScenarioCode, x.RedeemedAt });
        });
        modelBuilder.Entity<StoredPersonalScore>(e =>
        {
            e.ToTable("integrity_personal_scores");
            e.HasKey(x => x.SubjectId);
            e.Property(x => x.SubjectId).ValueGeneratedNever();
            e.Property(x => x.Explanation).HasColumnType("jsonb");
            e.Property(x => x.Adjustment).HasPrecision(8, 1);
            // The nightly job's work list: stale scores and scores of an earlier day.
            e.HasIndex(x => x.ComputedOn);
        });
        modelBuilder.Entity<ScoreHistoryEntry>(e =>
        {
            // One entry a day at most; the page reads a person's last twelve months by the key.
            e.ToTable("integrity_score_history");
            e.HasKey(x => new { x.SubjectId, x.RecordedOn });
        });
        modelBuilder.Entity<PointsScheme>(e =>
        {
            e.ToTable("integrity_schemes");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Code).HasMaxLength(30);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.DepartmentCode).HasMaxLength(30);
            e.Property(x => x.DistrictCode).HasMaxLength(6);
            e.Property(x => x.Bands).HasMaxLength(300);
            e.Property(x => x.GroupLabel).HasMaxLength(20);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.HasIndex(x => x.Code).IsUnique();
        });
        modelBuilder.Entity<SchemeMember>(e =>
        {
            e.ToTable("integrity_scheme_members");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Group).HasMaxLength(50);
            e.HasOne<PointsScheme>().WithMany().HasForeignKey(x => x.SchemeId).OnDelete(DeleteBehavior.Restrict);
            // A subject is a member of a scheme once (a member who left and comes back is the same row, re-joined).
            e.HasIndex(x => new { x.SchemeId, x.SubjectId }).IsUnique();
            e.HasIndex(x => x.SubjectId);
        });
        modelBuilder.Entity<PointRule>(e =>
        {
            e.ToTable("integrity_point_rules");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Code).HasMaxLength(30);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Category).HasMaxLength(30);
            e.Property(x => x.ItemCode).HasMaxLength(20);
            e.HasOne<PointsScheme>().WithMany().HasForeignKey(x => x.SchemeId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.SchemeId, x.Code }).IsUnique();
        });
        modelBuilder.Entity<PointEvent>(e =>
        {
            e.ToTable("integrity_point_events");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.Property(x => x.SourceKey).HasMaxLength(40);
            e.Property(x => x.RevokedBy).HasMaxLength(256);
            e.Property(x => x.RevokeReason).HasMaxLength(500);
            e.HasOne<SchemeMember>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<PointRule>().WithMany().HasForeignKey(x => x.RuleId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.SchemeId, x.OccurredOn });
            e.HasIndex(x => new { x.MemberId, x.OccurredOn });
            // A credit record scores once per member and rule, however often the sync runs.
            e.HasIndex(x => new { x.MemberId, x.RuleId, x.SourceKey }).IsUnique().HasFilter("source_key IS NOT NULL");
        });
    }
}
