using System.Text;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Mail;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Alert e-mail through the platform's mail outbox: at once for users who chose it (after the alerts committed), or
/// as the daily digest (<see cref="Jobs.DailyDigestJob"/>). An alert goes to every user with a choice who reads its owner's
/// inbox (<see cref="MailPreference.InboxOwners"/>): a personal list's to its user, a department list's to every member,
/// a credit office's own (<c>c:</c>) to its credit office users; an escalated alert also to the users of the inbox it was
/// escalated to (a department's reviewers, a credit office), at once or in the next digest. Persons are named by their
/// masked ID number only.
/// </summary>
internal sealed class AlertMailer(MonitoringDbContext db, IMailOutbox outbox, TimeProvider clock)
{
    public async Task SendImmediateAsync(IReadOnlyCollection<long> alertIds, CancellationToken cancellationToken)
    {
        var preferences = await db.MailPreferences.AsNoTracking().Where(p => p.Mode == MailMode.Immediate).ToListAsync(cancellationToken);
        if (preferences.Count == 0)
        {
            // Nobody asked for immediate mail: a large delivery's alerts are not read back for nothing.
            return;
        }

        var alerts = await db.Alerts.AsNoTracking().Where(a => alertIds.Contains(a.Id) && a.SummaryId == null).ToListAsync(cancellationToken);
        var sent = new HashSet<long>();
        foreach (var preference in preferences)
        {
            var mine = alerts.Where(a => Concerns(preference, a.Owner)).OrderBy(a => a.Id).ToList();
            if (mine.Count > 0 && await outbox.EnqueueAsync(preference.Email, $"【信用监测】{mine.Count} 条新的监测提醒", Body(mine), cancellationToken))
            {
                sent.UnionWith(mine.Select(a => a.Id));
            }
        }

        if (sent.Count > 0)
        {
            var now = clock.GetUtcNow();
            await db.Alerts.Where(a => sent.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.MailedAt, now), cancellationToken);
        }
    }

    /// <summary>Escalated alerts, at once, to the users with an immediate choice who read the inbox each was escalated to.</summary>
    public async Task SendEscalatedAsync(IReadOnlyCollection<Alert> escalated, CancellationToken cancellationToken)
    {
        if (escalated.Count == 0)
        {
            return;
        }

        var preferences = await db.MailPreferences.AsNoTracking().Where(p => p.Mode == MailMode.Immediate).ToListAsync(cancellationToken);
        foreach (var preference in preferences)
        {
            var mine = escalated.Where(a => a.EscalatedTo is { } to && Reads(preference, to)).OrderBy(a => a.Id).ToList();
            if (mine.Count > 0)
            {
                await outbox.EnqueueAsync(preference.Email, $"【信用监测】{mine.Count} 条严重提醒逾期未确认，已升级", Body(mine, Escalated), cancellationToken);
            }
        }
    }

    /// <summary>The digest of everything since each user's last one (at most a day back the first time).</summary>
    public async Task<int> SendDigestsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var preferences = await db.MailPreferences.Where(p => p.Mode == MailMode.DailyDigest).ToListAsync(cancellationToken);
        var mails = 0;
        foreach (var preference in preferences)
        {
            var since = preference.LastDigestAt ?? now.AddDays(-1);
            var owners = Owners(preference);
            var alerts = await db.Alerts.AsNoTracking()
                .Where(a => a.SummaryId == null && ((owners.Contains(a.Owner) && a.CreatedAt > since && a.CreatedAt <= now)
                    || (a.EscalatedTo != null && owners.Contains(a.EscalatedTo) && a.EscalatedAt > since && a.EscalatedAt <= now)))
                .OrderByDescending(a => a.Id).Take(200).ToListAsync(cancellationToken);
            alerts.Reverse();
            if (alerts.Count > 0 && await outbox.EnqueueAsync(preference.Email, $"【信用监测】每日汇总：{alerts.Count} 条监测提醒", Body(alerts), cancellationToken))
            {
                mails++;
            }

            preference.LastDigestAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return mails;
    }

    private static bool Concerns(MailPreference preference, string owner) => Reads(preference, owner);

    /// <summary>Whether the user reads this owner's inbox (a choice saved before <see cref="MailPreference.InboxOwners"/>: his own and his department's).</summary>
    private static bool Reads(MailPreference preference, string owner) => Owners(preference).Contains(owner);

    private static string[] Owners(MailPreference preference) => preference.InboxOwners is { Length: > 0 } owners
        ? owners
        : preference.DepartmentCode is { } d ? [WatchList.UserOwner(preference.UserName), WatchList.DepartmentOwner(d)] : [WatchList.UserOwner(preference.UserName)];

    private const string Changes = "您关注的主体有以下变动（详情请登录湖州市公共信用信息平台，打开“信用监测 · 提醒”查看）：\n\n";

    private const string Escalated = "以下严重监测提醒逾期未确认，已升级至您所在的审核或信用办收件箱，请及时处理（登录湖州市公共信用信息平台，打开“信用监测 · 提醒”，筛选“已升级”）：\n\n";

    private static string Body(IReadOnlyList<Alert> alerts, string intro = Changes)
    {
        var text = new StringBuilder(intro);
        foreach (var a in alerts)
        {
            var who = a.SubjectId == 0 ? "" : a.IsPerson ? $"自然人 {a.SubjectCode}：" : $"{a.SubjectName}（{a.SubjectCode}）：";
            text.Append(ShanghaiTime.Format(a.OccurredAt)).Append(' ').Append(a.Serious ? "【严重】" : "").Append(who).Append(a.Title).Append('\n');
        }

        return text.ToString();
    }
}
