using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Catalogue.Persistence;

internal sealed class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options) : DbContext(options)
{
    public const string ModuleName = "Catalogue";

    public DbSet<CatalogueItem> Items => Set<CatalogueItem>();

    public DbSet<CatalogueItemVersionRow> ItemVersions => Set<CatalogueItemVersionRow>();

    public DbSet<PublicityRuleVersion> RuleVersions => Set<PublicityRuleVersion>();

    public DbSet<PublicityRulePeriod> RulePeriods => Set<PublicityRulePeriod>();

    public DbSet<PenaltyClassMapping> ClassMappings => Set<PenaltyClassMapping>();

    public DbSet<OptionSynonym> Synonyms => Set<OptionSynonym>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleDbContextOptions.Schema);

        modelBuilder.Entity<CatalogueItem>(e =>
        {
            e.ToTable("catalogue_items", t =>
            {
                t.HasCheckConstraint("ck_catalogue_items_retired", "NOT is_retired OR (retired_at IS NOT NULL AND retired_reason IS NOT NULL)");
                t.HasCheckConstraint("ck_catalogue_items_expected_period",
                    "(expected_period_count IS NULL AND expected_period_unit IS NULL) OR (expected_period_count BETWEEN 1 AND 250 AND expected_period_unit IN (1, 2))");
            });
            e.Property(i => i.Id).UseIdentityAlwaysColumn();
            e.Property(i => i.Code).HasMaxLength(32);
            e.Property(i => i.Name).HasMaxLength(100);
            e.Property(i => i.RetiredBy).HasMaxLength(256);
            e.Property(i => i.RetiredReason).HasMaxLength(500);
            e.Property(i => i.CreatedBy).HasMaxLength(256);
            e.Property(i => i.ExpectedPeriodUnit).HasConversion<short>();
            e.Property(i => i.ExpectedPeriodSetBy).HasMaxLength(256);
            e.Ignore(i => i.ExpectedDelivery);
            e.HasIndex(i => i.Code).IsUnique();
        });

        modelBuilder.Entity<CatalogueItemVersionRow>(e =>
        {
            e.ToTable("catalogue_item_versions");
            e.Property(v => v.Id).UseIdentityAlwaysColumn();
            e.Property(v => v.ItemCode).HasMaxLength(32);
            e.Property(v => v.Name).HasMaxLength(100);
            e.Property(v => v.Section).HasConversion<short>();
            e.Property(v => v.Nature).HasConversion<short>();
            e.Property(v => v.Disclosure).HasConversion<short>();
            e.Property(v => v.PublicityRule).HasConversion<short>();
            e.Property(v => v.UpdateFrequency).HasMaxLength(20);
            e.Property(v => v.KeysJson).HasColumnName("keys").HasColumnType("jsonb");
            e.Property(v => v.FieldsJson).HasColumnName("fields").HasColumnType("jsonb");
            e.Property(v => v.ChangeNote).HasMaxLength(500);
            e.Property(v => v.CreatedBy).HasMaxLength(256);
            e.HasIndex(v => new { v.ItemCode, v.Version }).IsUnique();
            e.HasOne<CatalogueItem>().WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PublicityRuleVersion>(e =>
        {
            e.ToTable("publicity_rule_versions");
            e.Property(r => r.Id).UseIdentityAlwaysColumn();
            e.Property(r => r.Code).HasMaxLength(16);
            e.Property(r => r.Name).HasMaxLength(100);
            e.Property(r => r.BasisDocument).HasMaxLength(300);
            e.HasAlternateKey(r => r.Code);
        });

        modelBuilder.Entity<PublicityRulePeriod>(e =>
        {
            e.ToTable("publicity_rule_periods", t =>
                t.HasCheckConstraint("ck_publicity_rule_periods_months", "min_months IS NULL OR max_months IS NULL OR min_months <= max_months"));
            e.Property(p => p.Id).UseIdentityAlwaysColumn();
            e.Property(p => p.RuleCode).HasMaxLength(16);
            e.Property(p => p.Class).HasConversion<short>();
            e.Property(p => p.Sector).HasMaxLength(32);
            e.HasIndex(p => new { p.RuleCode, p.Class, p.Sector }).IsUnique().AreNullsDistinct(false);
            e.HasOne<PublicityRuleVersion>().WithMany().HasForeignKey(p => p.RuleCode).HasPrincipalKey(r => r.Code).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PenaltyClassMapping>(e =>
        {
            e.ToTable("penalty_class_mappings");
            e.Property(m => m.Id).UseIdentityAlwaysColumn();
            e.Property(m => m.RuleCode).HasMaxLength(16);
            e.Property(m => m.PenaltyKind).HasMaxLength(50);
            e.Property(m => m.Procedure).HasMaxLength(2);
            e.Property(m => m.Sector).HasMaxLength(32);
            e.Property(m => m.MinimumFine).HasPrecision(18, 4);
            e.Property(m => m.Class).HasConversion<short>();
            e.Property(m => m.Note).HasMaxLength(300);
            e.Property(m => m.CreatedBy).HasMaxLength(256);
            e.Property(m => m.DeactivatedBy).HasMaxLength(256);
            e.HasIndex(m => m.IsActive);
            e.HasOne<PublicityRuleVersion>().WithMany().HasForeignKey(m => m.RuleCode).HasPrincipalKey(r => r.Code).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<OptionSynonym>(e =>
        {
            e.ToTable("catalogue_option_synonyms");
            e.Property(o => o.Id).UseIdentityAlwaysColumn();
            e.Property(o => o.ItemCode).HasMaxLength(32);
            e.Property(o => o.FieldKey).HasMaxLength(100);
            e.Property(o => o.Code).HasMaxLength(32);
            e.Property(o => o.Text).HasMaxLength(100);
            e.Property(o => o.Normalised).HasMaxLength(100);
            e.Property(o => o.Note).HasMaxLength(300);
            e.Property(o => o.CreatedBy).HasMaxLength(256);
            e.Property(o => o.DeactivatedBy).HasMaxLength(256);
            e.HasIndex(o => new { o.ItemCode, o.FieldKey, o.Normalised }).IsUnique().HasFilter("is_active");
        });
    }
}
