using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Escalation (升级): a serious alert not acknowledged within <see cref="MonitoringOptions.EscalationWorkingDays"/>
/// working days of the platform calendar (<see cref="IWorkingDays"/>: weekends and holidays do not count, 调休 days do)
/// is escalated once — to its list's <see cref="WatchList.EscalateTo"/> (the creator's department reviewers, or his
/// credit office), for a list without one to the reviewers of a department owner or else the credit office of the
/// list's district. The alert then shows in that inbox too (filter 已升级); each escalation is audited and mailed at once to
/// the users of that inbox who chose immediate mail (the digest users find it in their next digest).
/// </summary>
internal sealed class AlertEscalation(MonitoringDbContext db, IWorkingDays workingDays, IAuditLog audit, AlertMailer mailer, IOptions<MonitoringOptions> options)
{
    /// <summary>At most this many alerts per run (the next run takes the rest).</summary>
    public const int BatchSize = 5_000;

    public async Task<int> EscalateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        now = now.ToUniversalTime();
        var days = Math.Max(1, options.Value.EscalationWorkingDays);
        var today = DateOnly.FromDateTime(ShanghaiTime.ToShanghai(now).DateTime);
        // N working days are at least N calendar days: only older alerts can be due.
        var before = now.AddDays(-days);
        var candidates = await (
                from a in db.Alerts
                where a.Serious && a.AcknowledgedAt == null && a.EscalatedAt == null && a.SummaryId == null && a.CreatedAt <= before
                join l in db.WatchLists on a.WatchListId equals l.Id into lists
                from l in lists.DefaultIfEmpty()
                orderby a.CreatedAt
                select new { Alert = a, EscalateTo = l == null ? null : l.EscalateTo, Scope = l == null ? null : l.ScopeDistrict })
            .Take(BatchSize).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var calendar = await workingDays.CalendarAsync(cancellationToken);
        var escalated = new List<Alert>();
        foreach (var c in candidates)
        {
            var created = DateOnly.FromDateTime(ShanghaiTime.ToShanghai(c.Alert.CreatedAt).DateTime);
            if (today <= calendar.AddWorkingDays(created, days))
            {
                continue;
            }

            c.Alert.EscalatedAt = now;
            c.Alert.EscalatedTo = c.EscalateTo ?? Fallback(c.Alert.Owner, c.Scope);
            escalated.Add(c.Alert);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var a in escalated)
        {
            await audit.WriteAsync(new AuditEntry("monitoring.alert.escalate", MonitoringDbContext.ModuleName, a.SubjectId == 0 ? null : a.SubjectId,
                Detail: $"严重监测提醒 {a.Id}（{a.Title}）{days} 个工作日未确认，升级至 {Target(a.EscalatedTo!)}"), cancellationToken);
        }

        await mailer.SendEscalatedAsync(escalated, cancellationToken);

        return escalated.Count;
    }

    private static string Fallback(string owner, string? scope) =>
        owner.StartsWith("d:", StringComparison.Ordinal) ? StaffOwners.Reviewers(owner[2..]) : StaffOwners.CreditOffice(scope ?? StaffOwners.City);

    private static string Target(string owner) => owner.StartsWith("r:", StringComparison.Ordinal) ? $"{owner[2..]} 的审核人员" : $"信用办（{owner[2..]}）";
}
