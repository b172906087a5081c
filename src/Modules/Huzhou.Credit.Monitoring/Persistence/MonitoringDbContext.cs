using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Persistence;

internal sealed class MonitoringDbContext(DbContextOptions<MonitoringDbContext> options) : DbContext(options)
{
    public const string ModuleName = "Monitoring";

    public DbSet<WatchList> WatchLists => Set<WatchList>();

    public DbSet<WatchItem> WatchItems => Set<WatchItem>();

    public DbSet<SetWatch> SetWatches => Set<SetWatch>();

    public DbSet<Alert> Alerts => Set<Alert>();

    public DbSet<MailPreference> MailPreferences => Set<MailPreference>();

    public DbSet<RiskAlert> RiskAlerts => Set<RiskAlert>();
    public DbSet<ThresholdRule> ThresholdRules => Set<ThresholdRule>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleDbContextOptions.Schema);
        modelBuilder.ApplyConfiguration(new RiskAlertConfiguration());
        modelBuilder.Entity<WatchList>(e =>
        {
            e.ToTable("monitoring_watch_lists");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Owner).HasMaxLength(280);
            e.Property(x => x.OwnerDepartment).HasMaxLength(20);
            e.Property(x => x.OwnerUser).HasMaxLength(256);
            e.Property(x => x.ScopeDistrict).HasMaxLength(6);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.EscalateTo).HasMaxLength(280);
            e.Ignore(x => x.IsShared);
            e.HasIndex(x => x.Owner);
        });
        modelBuilder.Entity<WatchItem>(e =>
        {
            e.ToTable("monitoring_watch_items");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.DisplayCode).HasMaxLength(18);
            e.Property(x => x.DistrictCode).HasMaxLength(6);
            e.Property(x => x.AddedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.WatchListId, x.LookupKey }).IsUnique();
            e.HasIndex(x => x.SubjectId);
            e.HasIndex(x => x.LookupKey).HasFilter("subject_id IS NULL").HasDatabaseName("ix_monitoring_watch_items_pending_key");
            e.HasOne<WatchList>().WithMany().HasForeignKey(x => x.WatchListId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SetWatch>(e =>
        {
            e.ToTable("monitoring_set_watches");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Kind).HasConversion<short>();
            e.Property(x => x.DistrictCode).HasMaxLength(6);
            e.Property(x => x.Label).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => x.WatchListId);
            e.HasOne<WatchList>().WithMany().HasForeignKey(x => x.WatchListId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Alert>(e =>
        {
            e.ToTable("monitoring_alerts");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Owner).HasMaxLength(280);
            e.Property(x => x.SubjectName).HasMaxLength(200);
            e.Property(x => x.SubjectCode).HasMaxLength(18);
            e.Property(x => x.DistrictCode).HasMaxLength(6);
            e.Property(x => x.Trigger).HasConversion<short>();
            e.Property(x => x.FactKey).HasMaxLength(100);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Detail).HasMaxLength(4000);
            e.Property(x => x.Link).HasConversion<short>();
            e.Property(x => x.LinkCode).HasMaxLength(30);
            e.Property(x => x.ReadBy).HasMaxLength(256);
            e.Property(x => x.AcknowledgedBy).HasMaxLength(256);
            e.Property(x => x.AcknowledgeNote).HasMaxLength(1000);
            e.Property(x => x.AssignedTo).HasMaxLength(256);
            e.Property(x => x.EscalatedTo).HasMaxLength(280);
            // One alert per (watcher, subject, trigger, fact): a redelivered event inserts nothing.
            e.HasIndex(x => new { x.Owner, x.SubjectId, x.Trigger, x.FactKey }).IsUnique();
            // The inbox and the header badge: the owner's visible alerts, newest first; the filters' columns included, so
            // that the count and the choice of a page's keys read the index only (issue #27 §5: 100,000 alerts in one inbox).
            e.HasIndex(x => new { x.Owner, x.CreatedAt, x.Id }).HasFilter("summary_id IS NULL").HasDatabaseName("ix_monitoring_alerts_inbox")
                .IncludeProperties(x => new { x.ReadAt, x.Serious, x.AcknowledgedAt, x.EscalatedAt });
            e.HasIndex(x => x.SummaryId).HasFilter("summary_id IS NOT NULL");
            e.HasIndex(x => x.SubjectId);
            // The escalated alerts a reviewer or credit office sees besides its own.
            e.HasIndex(x => new { x.EscalatedTo, x.CreatedAt }).HasFilter("escalated_to IS NOT NULL").HasDatabaseName("ix_monitoring_alerts_escalated");
            // The escalation job's candidates: serious alerts not yet acknowledged nor escalated.
            e.HasIndex(x => x.CreatedAt).HasFilter("serious AND acknowledged_at IS NULL AND escalated_at IS NULL AND summary_id IS NULL")
                .HasDatabaseName("ix_monitoring_alerts_escalation");
        });
        modelBuilder.Entity<MailPreference>(e =>
        {
            e.ToTable("monitoring_mail_preferences");
            e.HasKey(x => x.UserName);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.DepartmentCode).HasMaxLength(20);
            e.Property(x => x.Email).HasMaxLength(256);
            e.Property(x => x.InboxOwners).HasColumnType("text[]");
            e.Property(x => x.Mode).HasConversion<short>();
        });
        modelBuilder.Entity<ThresholdRule>(e =>
        {
            e.ToTable("monitoring_threshold_rules");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Metric).HasConversion<short>();
            e.Property(x => x.Comparison).HasConversion<short>();
            e.Property(x => x.DistrictCode).HasMaxLength(6);
            e.Property(x => x.FieldCode).HasMaxLength(20);
            e.Property(x => x.Grade).HasMaxLength(10);
            e.Property(x => x.DepartmentCode).HasMaxLength(20);
            e.Property(x => x.Threshold).HasPrecision(12, 2);
            e.Property(x => x.LastValue).HasPrecision(12, 2);
            e.Property(x => x.LastSummary).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.UpdatedBy).HasMaxLength(256);
            // The minute job's marked rules.
            e.HasIndex(x => x.DirtySince).HasFilter("dirty_since IS NOT NULL");
        });
        WebhookModel.Configure(modelBuilder);
    }
}
