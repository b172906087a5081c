using Huzhou.Credit.Monitoring.Domain;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Persistence;

/// <summary>The webhook tables (subscriptions, deliveries, attempts), kept apart from the rest of the monitoring model.</summary>
internal static class WebhookModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WebhookSubscription>(e =>
        {
            e.ToTable("monitoring_webhook_subscriptions");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Owner).HasMaxLength(280);
            e.Property(x => x.Url).HasMaxLength(2000);
            e.Property(x => x.ProtectedSecret).HasMaxLength(2000);
            e.Property(x => x.SecretHint).HasMaxLength(8);
            e.Property(x => x.DisabledReason).HasMaxLength(300);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            // The enqueue trigger looks subscriptions up by the alert's owner.
            e.HasIndex(x => x.Owner).HasFilter("active");
            e.HasOne<WatchList>().WithMany().HasForeignKey(x => x.WatchListId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<SetWatch>().WithMany().HasForeignKey(x => x.SetWatchId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<WebhookDelivery>(e =>
        {
            e.ToTable("monitoring_webhook_deliveries");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Event).HasMaxLength(40);
            e.Property(x => x.Status).HasConversion<short>();
            // One delivery per subscription and alert (test events have no alert and may repeat).
            e.HasIndex(x => new { x.SubscriptionId, x.AlertId }).IsUnique();
            e.HasIndex(x => new { x.SubscriptionId, x.CreatedAt });
            // The worker's queue: what is due.
            e.HasIndex(x => x.NextAttemptAt).HasFilter("status = 0").HasDatabaseName("ix_monitoring_webhook_deliveries_due");
            e.HasOne<WebhookSubscription>().WithMany().HasForeignKey(x => x.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<WebhookAttempt>(e =>
        {
            e.ToTable("monitoring_webhook_attempts");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Excerpt).HasMaxLength(500);
            e.HasIndex(x => x.DeliveryId);
            e.HasIndex(x => new { x.SubscriptionId, x.AttemptedAt });
            e.HasOne<WebhookDelivery>().WithMany().HasForeignKey(x => x.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
