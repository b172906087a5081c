using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Seed;

/// <summary>
/// The demo's webhook: the city market regulation bureau's shared list pushed to its 执法办案系统 (an example address, so
/// the webhook is stopped), with a delivery log of the list's latest alerts — delivered ones and a failed one that
/// 重新发送 would queue again — for scjg.reviewer to see at <c>/monitoring/webhooks</c>. Idempotent.
/// </summary>
internal sealed class WebhookDemoSeeder(MonitoringDbContext db, WebhookSecrets secrets, TimeProvider clock) : IDemoSeeder
{
    // After the watch lists and their alerts (MonitoringDemoSeeder, 95).
    public int Order => 96;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        if (await db.WebhookSubscriptions.AnyAsync(cancellationToken))
        {
            return null;
        }

        var list = await db.WatchLists.AsNoTracking().Where(l => l.Owner == "d:HZ-SJJ").OrderBy(l => l.Id).FirstOrDefaultAsync(cancellationToken);
        if (list is null)
        {
            return null;
        }

        var alerts = await db.Alerts.AsNoTracking().Where(a => a.WatchListId == list.Id && a.SummaryId == null && a.Trigger != AlertTrigger.Summary)
            .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(5).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var secret = WebhookSecrets.Generate();
        var webhook = new WebhookSubscription
        {
            Name = "市场监管执法办案系统（演示）",
            Owner = list.Owner,
            WatchListId = list.Id,
            Url = "https://zfba.scjg.huzhou.gov.cn/credit/webhook",
            ProtectedSecret = secrets.Protect(secret),
            SecretHint = WebhookSecrets.Hint(secret),
            Triggers = [(short)AlertTrigger.NewBadRecord, (short)AlertTrigger.BlackListEntered, (short)AlertTrigger.GradeDown],
            Active = false,
            DisabledReason = "演示数据：接收地址为示例地址，未启用。",
            CreatedBy = "scjg.reviewer",
            CreatedAt = now.AddDays(-30),
            UpdatedAt = now.AddDays(-30),
        };
        db.WebhookSubscriptions.Add(webhook);
        await db.SaveChangesAsync(cancellationToken);

        for (var i = 0; i < alerts.Count; i++)
        {
            var alert = alerts[i];
            var failed = i == 0;
            var delivery = new WebhookDelivery
            {
                SubscriptionId = webhook.Id,
                AlertId = alert.Id,
                Event = WebhookPayloads.AlertEvent,
                Status = failed ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Delivered,
                Attempts = failed ? 6 : 1,
                NextAttemptAt = alert.CreatedAt,
                CreatedAt = alert.CreatedAt,
                DeliveredAt = failed ? null : alert.CreatedAt.AddSeconds(2),
                LastStatusCode = failed ? 503 : 200,
            };
            db.WebhookDeliveries.Add(delivery);
            await db.SaveChangesAsync(cancellationToken);
            if (failed)
            {
                var at = alert.CreatedAt.AddSeconds(2);
                int[] waits = [1, 5, 30, 120, 720, 0];
                foreach (var wait in waits)
                {
                    db.WebhookAttempts.Add(new WebhookAttempt { DeliveryId = delivery.Id, SubscriptionId = webhook.Id, AttemptedAt = at, StatusCode = 503, DurationMs = 41, Excerpt = "Service Unavailable：执法办案系统维护中" });
                    at = at.AddMinutes(wait);
                }
            }
            else
            {
                db.WebhookAttempts.Add(new WebhookAttempt { DeliveryId = delivery.Id, SubscriptionId = webhook.Id, AttemptedAt = alert.CreatedAt.AddSeconds(2), StatusCode = 200, DurationMs = 86 + (i * 13), Succeeded = true, Excerpt = "{\"received\":true}" });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return $"信用监测：1 个演示 webhook（{list.Name} → 执法办案系统），{alerts.Count} 条发送记录。";
    }
}
