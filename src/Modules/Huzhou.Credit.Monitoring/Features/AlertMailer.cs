using System.Text;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Mail;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Alert e-mail through the platform's mail outbox: at once for users who chose it (after the alerts committed), or
/// as the daily digest (<see cref="Jobs.DailyDigestJob"/>). A personal list's alerts go to its user; a department list's to
/// every member of the department with a choice. Persons are named by their masked ID number only.
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

    /// <summary>The digest of everything since each user's last one (at most a day back the first time).</summary>
    public async Task<int> SendDigestsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var preferences = await db.MailPreferences.Where(p => p.Mode == MailMode.DailyDigest).ToListAsync(cancellationToken);
        var mails = 0;
        foreach (var preference in preferences)
        {
            var since = preference.LastDigestAt ?? now.AddDays(-1);
            var owners = new[] { WatchList.UserOwner(preference.UserName), preference.DepartmentCode is { } d ? WatchList.DepartmentOwner(d) : "" };
            var alerts = await db.Alerts.AsNoTracking()
                .Where(a => owners.Contains(a.Owner) && a.SummaryId == null && a.CreatedAt > since && a.CreatedAt <= now)
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

    private static bool Concerns(MailPreference preference, string owner) =>
        owner == WatchList.UserOwner(preference.UserName) || (preference.DepartmentCode is { } d && owner == WatchList.DepartmentOwner(d));

    private static string Body(IReadOnlyList<Alert> alerts)
    {
        var text = new StringBuilder("您关注的主体有以下变动（详情请登录湖州市公共信用信息平台，打开“信用监测 · 提醒”查看）：\n\n");
        foreach (var a in alerts)
        {
            var who = a.SubjectId == 0 ? "" : a.IsPerson ? $"自然人 {a.SubjectCode}：" : $"{a.SubjectName}（{a.SubjectCode}）：";
            text.Append(ShanghaiTime.Format(a.OccurredAt)).Append(' ').Append(a.Serious ? "【严重】" : "").Append(who).Append(a.Title).Append('\n');
        }

        return text.ToString();
    }
}
