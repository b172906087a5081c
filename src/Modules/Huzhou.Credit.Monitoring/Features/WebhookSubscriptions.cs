using System.Globalization;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// The webhooks a department's reviewer (for his department's alerts and shared lists) or a credit office (also for its
/// own inbox <c>c:</c>) keeps for its business systems: create (the secret shown once), stop and resume, replace the
/// secret, delete, send a test event, send a failed delivery again, and the delivery log. Every change is audited
/// (<c>monitoring.webhook.*</c>); another department's webhook is answered as not found.
/// </summary>
internal sealed class WebhookSubscriptions(
    MonitoringDbContext db,
    ICurrentStaff staff,
    WebhookAddressGuard guard,
    WebhookSecrets secrets,
    IAuditLog audit,
    TimeProvider clock)
{
    public const int PageSize = 20;
    public const int MaxPerOwner = 20;

    /// <summary>The inboxes this user may connect to a business system.</summary>
    public string[] Owners()
    {
        var owners = new List<string>(2);
        if (staff.DepartmentCode is { } department && (staff.IsInRole(CreditRoles.DepartmentReviewer) || staff.IsInRole(CreditRoles.CreditOffice)))
        {
            owners.Add(WatchList.DepartmentOwner(department));
        }

        if (staff.IsInRole(CreditRoles.CreditOffice))
        {
            owners.Add(StaffOwners.CreditOffice(StaffOwners.Scope(staff)));
        }

        return [.. owners];
    }

    public IQueryable<WebhookSubscription> Visible()
    {
        var owners = Owners();
        return db.WebhookSubscriptions.Where(s => owners.Contains(s.Owner));
    }

    /// <summary>What a new webhook may cover: each inbox as a whole, each of its shared lists, each set watch of those.</summary>
    public async Task<IReadOnlyList<WebhookTarget>> TargetsAsync(CancellationToken cancellationToken)
    {
        var owners = Owners();
        var lists = await db.WatchLists.AsNoTracking().Where(l => owners.Contains(l.Owner)).OrderBy(l => l.Name).ToListAsync(cancellationToken);
        var listIds = lists.Select(l => l.Id).ToList();
        var sets = await db.SetWatches.AsNoTracking().Where(w => listIds.Contains(w.WatchListId)).OrderBy(w => w.Id).ToListAsync(cancellationToken);
        var targets = new List<WebhookTarget>();
        foreach (var owner in owners)
        {
            targets.Add(new WebhookTarget(owner, OwnerLabel(owner), owner, null, null));
            foreach (var list in lists.Where(l => l.Owner == owner))
            {
                targets.Add(new WebhookTarget("l:" + list.Id.ToString(CultureInfo.InvariantCulture), $"关注名单“{list.Name}”", owner, list.Id, null));
                targets.AddRange(sets.Where(w => w.WatchListId == list.Id)
                    .Select(w => new WebhookTarget("s:" + w.Id.ToString(CultureInfo.InvariantCulture), $"关注名单“{list.Name}”的集合关注：{w.Label}", owner, list.Id, w.Id)));
            }
        }

        return targets;
    }

    public async Task<IReadOnlyList<WebhookSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var subscriptions = await Visible().AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var ids = subscriptions.Select(s => s.Id).ToList();
        var counts = await db.WebhookDeliveries.Where(d => ids.Contains(d.SubscriptionId))
            .GroupBy(d => new { d.SubscriptionId, d.Status }).Select(g => new { g.Key.SubscriptionId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var labels = await LabelsAsync(subscriptions, cancellationToken);
        return subscriptions.Select(s => new WebhookSummary(
            s, labels[s.Id], TriggerLabel(s.Triggers),
            counts.Where(c => c.SubscriptionId == s.Id && c.Status == WebhookDeliveryStatus.Pending).Sum(c => c.Count),
            counts.Where(c => c.SubscriptionId == s.Id && c.Status == WebhookDeliveryStatus.Delivered).Sum(c => c.Count),
            counts.Where(c => c.SubscriptionId == s.Id && c.Status == WebhookDeliveryStatus.Failed).Sum(c => c.Count))).ToList();
    }

    public async Task<Result<WebhookLog>> LogAsync(long id, int page, CancellationToken cancellationToken)
    {
        var summary = (await ListAsync(cancellationToken)).FirstOrDefault(s => s.Subscription.Id == id);
        if (summary is null)
        {
            return Result<WebhookLog>.NotFound("没有找到该 webhook。");
        }

        var query = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == id);
        var total = await query.LongCountAsync(cancellationToken);
        page = Math.Max(1, page);
        var deliveries = await query.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var deliveryIds = deliveries.Select(d => d.Id).ToList();
        var alertIds = deliveries.Where(d => d.AlertId != null).Select(d => d.AlertId!.Value).ToList();
        var attempts = await db.WebhookAttempts.AsNoTracking().Where(a => deliveryIds.Contains(a.DeliveryId)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var titles = await db.Alerts.AsNoTracking().Where(a => alertIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.SubjectName, a.SubjectCode, a.IsPerson }).ToDictionaryAsync(a => a.Id, cancellationToken);
        var rows = deliveries.Select(d => new WebhookDeliveryRow(
            d,
            d.AlertId is { } alert && titles.TryGetValue(alert, out var t) ? (t.IsPerson ? t.SubjectCode : t.SubjectName) + (t.SubjectName.Length > 0 || t.IsPerson ? "：" : "") + t.Title : null,
            attempts.Where(a => a.DeliveryId == d.Id).ToList())).ToList();
        return Result<WebhookLog>.Success(new WebhookLog(summary, new PagedList<WebhookDeliveryRow>(rows, page, PageSize, total)));
    }

    public async Task<Result<CreatedWebhook>> CreateAsync(WebhookSubscriptionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            return Result<CreatedWebhook>.Failure("请填写名称（如接收的业务系统）。", "name");
        }

        if (name.Length > 100)
        {
            return Result<CreatedWebhook>.Failure("名称不能超过 100 个字。", "name");
        }

        var target = (await TargetsAsync(cancellationToken)).FirstOrDefault(t => t.Value == input.Target);
        if (target is null)
        {
            return Result<CreatedWebhook>.Failure("请选择要推送的提醒范围（本部门的提醒或本部门的关注名单）。", "target");
        }

        var triggers = (input.Triggers ?? []).Distinct().Order().ToArray();
        if (triggers.Any(t => !Enum.IsDefined((AlertTrigger)t) || (AlertTrigger)t == AlertTrigger.Summary))
        {
            return Result<CreatedWebhook>.Failure("所选提醒类型无效。", "triggers");
        }

        var url = input.Url?.Trim();
        if (await guard.ValidateAsync(url, cancellationToken) is { } refused)
        {
            return Result<CreatedWebhook>.Failure(refused, "url");
        }

        if (await db.WebhookSubscriptions.CountAsync(s => s.Owner == target.Owner, cancellationToken) >= MaxPerOwner)
        {
            return Result<CreatedWebhook>.Failure($"每个部门最多登记 {MaxPerOwner} 个 webhook，请先删除不用的。");
        }

        var secret = WebhookSecrets.Generate();
        var now = clock.GetUtcNow();
        var subscription = new WebhookSubscription
        {
            Name = name,
            Owner = target.Owner,
            WatchListId = target.WatchListId,
            SetWatchId = target.SetWatchId,
            Url = url!,
            ProtectedSecret = secrets.Protect(secret),
            SecretHint = WebhookSecrets.Hint(secret),
            Triggers = triggers,
            Active = true,
            CreatedBy = staff.UserName ?? "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.webhook.create", MonitoringDbContext.ModuleName,
            Detail: $"登记 webhook“{name}”（{target.Label}，{TriggerLabel(triggers)}）→ {Loggable(subscription.Url)}"), cancellationToken);
        return Result<CreatedWebhook>.Success(new CreatedWebhook(subscription.Id, name, secret));
    }

    public async Task<Result<CreatedWebhook>> ReplaceSecretAsync(long id, CancellationToken cancellationToken)
    {
        var subscription = await Visible().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is null)
        {
            return Result<CreatedWebhook>.NotFound("没有找到该 webhook。");
        }

        var secret = WebhookSecrets.Generate();
        subscription.ProtectedSecret = secrets.Protect(secret);
        subscription.SecretHint = WebhookSecrets.Hint(secret);
        subscription.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.webhook.secret", MonitoringDbContext.ModuleName, Detail: $"更换 webhook“{subscription.Name}”的签名密钥"), cancellationToken);
        return Result<CreatedWebhook>.Success(new CreatedWebhook(subscription.Id, subscription.Name, secret));
    }

    public async Task<Result> SetActiveAsync(long id, bool active, CancellationToken cancellationToken)
    {
        var subscription = await Visible().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is null)
        {
            return Result.NotFound("没有找到该 webhook。");
        }

        if (active && await guard.ValidateAsync(subscription.Url, cancellationToken) is { } refused)
        {
            return Result.Failure("无法启用：" + refused);
        }

        subscription.Active = active;
        subscription.DisabledReason = null;
        subscription.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(active ? "monitoring.webhook.activate" : "monitoring.webhook.deactivate", MonitoringDbContext.ModuleName,
            Detail: $"{(active ? "启用" : "停用")} webhook“{subscription.Name}”"), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var subscription = await Visible().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is null)
        {
            return Result.NotFound("没有找到该 webhook。");
        }

        db.WebhookSubscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.webhook.delete", MonitoringDbContext.ModuleName,
            Detail: $"删除 webhook“{subscription.Name}”（{Loggable(subscription.Url)}）及其发送记录"), cancellationToken);
        return Result.Success();
    }

    /// <summary>Queues a <c>ping</c> event, sent by the worker like any delivery (signed, retried, logged).</summary>
    public async Task<Result<long>> SendTestAsync(long id, CancellationToken cancellationToken)
    {
        var subscription = await Visible().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is null)
        {
            return Result<long>.NotFound("没有找到该 webhook。");
        }

        if (!subscription.Active)
        {
            return Result<long>.Failure("该 webhook 已停用，请先启用再发送测试事件。");
        }

        var now = clock.GetUtcNow();
        var delivery = new WebhookDelivery { SubscriptionId = id, Event = WebhookPayloads.PingEvent, Status = WebhookDeliveryStatus.Pending, NextAttemptAt = now, CreatedAt = now };
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.webhook.test", MonitoringDbContext.ModuleName, Detail: $"向 webhook“{subscription.Name}”发送测试事件"), cancellationToken);
        return Result<long>.Success(delivery.Id);
    }

    /// <summary>A failed delivery is queued again under the same delivery id (the receiver can still recognise a repeat), with the schedule from the start.</summary>
    public async Task<Result> ResendAsync(long id, long deliveryId, CancellationToken cancellationToken)
    {
        var subscription = await Visible().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        var delivery = subscription is null ? null : await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == id, cancellationToken);
        if (subscription is null || delivery is null)
        {
            return Result.NotFound("没有找到该发送记录。");
        }

        if (delivery.Status != WebhookDeliveryStatus.Failed)
        {
            return Result.Conflict("只有发送失败的记录可以重新发送。");
        }

        if (!subscription.Active)
        {
            return Result.Failure("该 webhook 已停用，请先启用再重新发送。");
        }

        delivery.Status = WebhookDeliveryStatus.Pending;
        delivery.Attempts = 0;
        delivery.NextAttemptAt = clock.GetUtcNow();
        delivery.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.webhook.resend", MonitoringDbContext.ModuleName,
            Detail: $"重新发送 webhook“{subscription.Name}”的第 {deliveryId} 号发送记录"), cancellationToken);
        return Result.Success();
    }

    public static string TriggerLabel(IReadOnlyCollection<short> triggers) =>
        triggers.Count == 0 ? "全部提醒类型" : string.Join("、", triggers.Select(t => AlertTriggers.Name((AlertTrigger)t)));

    /// <summary>The triggers a webhook may choose from (all but the grouping summary, which a business system does not receive).</summary>
    public static IReadOnlyList<AlertTrigger> Choosable { get; } = [.. Enum.GetValues<AlertTrigger>().Where(t => t != AlertTrigger.Summary)];

    private static string OwnerLabel(string owner) => owner.StartsWith("c:", StringComparison.Ordinal) ? "信用办收件箱的全部提醒（含逾期未报送）" : "本部门的全部提醒（部门共享名单与逾期未报送）";

    /// <summary>The address without its query string (which may carry a receiver's token) for the audit log.</summary>
    private static string Loggable(string url) => url.Split('?')[0];

    private async Task<Dictionary<long, string>> LabelsAsync(IReadOnlyList<WebhookSubscription> subscriptions, CancellationToken cancellationToken)
    {
        var listIds = subscriptions.Where(s => s.WatchListId != null).Select(s => s.WatchListId!.Value).ToList();
        var setIds = subscriptions.Where(s => s.SetWatchId != null).Select(s => s.SetWatchId!.Value).ToList();
        var lists = await db.WatchLists.AsNoTracking().Where(l => listIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var sets = await db.SetWatches.AsNoTracking().Where(w => setIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Label, cancellationToken);
        return subscriptions.ToDictionary(s => s.Id, s => s switch
        {
            { SetWatchId: { } set, WatchListId: { } list } => $"关注名单“{lists.GetValueOrDefault(list)}”的集合关注：{sets.GetValueOrDefault(set)}",
            { WatchListId: { } list } => $"关注名单“{lists.GetValueOrDefault(list)}”",
            _ => OwnerLabel(s.Owner),
        });
    }
}
