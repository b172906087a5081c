using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// The staff inbox: the alerts of the user's own lists and of his department's shared lists (a department alert is
/// read, acknowledged and assigned once for the whole team), paged newest first; mark read, acknowledge with a note,
/// assign to a colleague of the same department. Another owner's alert is answered as not found.
/// </summary>
internal sealed class AlertInbox(MonitoringDbContext db, ICurrentStaff staff, IDepartmentColleagues colleagues, IAuditLog audit, TimeProvider clock) : IAlertCounts
{
    public const int PageSize = 20;

    public IQueryable<Alert> Visible()
    {
        var owners = StaffOwners.Of(staff);
        return db.Alerts.Where(a => (owners.Contains(a.Owner) || (a.EscalatedTo != null && owners.Contains(a.EscalatedTo))) && a.SummaryId == null);
    }

    public async Task<PagedList<Alert>> ListAsync(AlertFilter filter, CancellationToken cancellationToken)
    {
        // His owners' alerts and those escalated to him (not already his) as two index scans instead of one OR (which
        // read every one of 100,000 alerts from the heap to sort them); the count and the page's keys come from the
        // inbox index alone, then the page's 20 rows are read by id.
        var keys = Filtered(Own(), filter).Select(a => new { a.Id, a.CreatedAt })
            .Concat(Filtered(EscalatedToMe(), filter).Select(a => new { a.Id, a.CreatedAt }));
        var total = await keys.LongCountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var ids = await keys.OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).Select(k => k.Id).ToListAsync(cancellationToken);
        var items = (await db.Alerts.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken))
            .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).ToList();
        return new PagedList<Alert>(items, page, PageSize, total);
    }

    public async Task<int> UnreadAsync(ICurrentStaff staff, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var owners = StaffOwners.Of(staff);
        if (owners.Length == 0)
        {
            return 0;
        }

        return await db.Alerts.CountAsync(a => owners.Contains(a.Owner) && a.SummaryId == null && a.ReadAt == null, cancellationToken)
            + await db.Alerts.CountAsync(
                a => a.EscalatedTo != null && owners.Contains(a.EscalatedTo) && !owners.Contains(a.Owner) && a.SummaryId == null && a.ReadAt == null, cancellationToken);
    }

    private IQueryable<Alert> Own()
    {
        var owners = StaffOwners.Of(staff);
        return db.Alerts.Where(a => owners.Contains(a.Owner) && a.SummaryId == null);
    }

    private IQueryable<Alert> EscalatedToMe()
    {
        var owners = StaffOwners.Of(staff);
        return db.Alerts.Where(a => a.EscalatedTo != null && owners.Contains(a.EscalatedTo) && !owners.Contains(a.Owner) && a.SummaryId == null);
    }

    private static IQueryable<Alert> Filtered(IQueryable<Alert> query, AlertFilter filter)
    {
        if (filter.Unread)
        {
            query = query.Where(a => a.ReadAt == null);
        }

        if (filter.Serious)
        {
            query = query.Where(a => a.Serious);
        }

        if (filter.Open)
        {
            query = query.Where(a => a.AcknowledgedAt == null);
        }

        if (filter.Escalated)
        {
            query = query.Where(a => a.EscalatedAt != null);
        }

        return query;
    }

    /// <summary>One alert with, for a summary, the alerts it groups.</summary>
    public async Task<Result<(Alert Alert, IReadOnlyList<Alert> Grouped, IReadOnlyList<Colleague> Colleagues)>> DetailAsync(long id, CancellationToken cancellationToken)
    {
        var alert = await Visible().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alert is null)
        {
            return Result<(Alert, IReadOnlyList<Alert>, IReadOnlyList<Colleague>)>.NotFound("找不到该提醒。");
        }

        var grouped = alert.Trigger == AlertTrigger.Summary
            ? await db.Alerts.AsNoTracking().Where(a => a.SummaryId == id).OrderBy(a => a.SubjectName).ToListAsync(cancellationToken)
            : [];
        var team = staff.DepartmentCode is { } d ? await colleagues.ColleaguesAsync(d, cancellationToken) : [];
        return Result<(Alert, IReadOnlyList<Alert>, IReadOnlyList<Colleague>)>.Success((alert, grouped, team));
    }

    public async Task<Result> MarkReadAsync(long id, CancellationToken cancellationToken)
    {
        var alert = await Visible().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alert is null)
        {
            return Result.NotFound("找不到该提醒。");
        }

        if (alert.ReadAt is null)
        {
            alert.ReadAt = clock.GetUtcNow();
            alert.ReadBy = staff.UserName;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result.Success();
    }

    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = staff.UserName;
        return await Visible().Where(a => a.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.ReadAt, now).SetProperty(a => a.ReadBy, user), cancellationToken);
    }

    public async Task<Result> AcknowledgeAsync(long id, string? note, CancellationToken cancellationToken)
    {
        note = note?.Trim();
        if (note is { Length: > 1000 })
        {
            return Result.Failure("处理说明不能超过 1000 个字。", "note");
        }

        var alert = await Visible().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alert is null)
        {
            return Result.NotFound("找不到该提醒。");
        }

        if (alert.AcknowledgedAt is not null)
        {
            return Result.Conflict("该提醒已确认处理。");
        }

        var now = clock.GetUtcNow();
        alert.AcknowledgedAt = now;
        alert.AcknowledgedBy = staff.UserName;
        alert.AcknowledgeNote = string.IsNullOrEmpty(note) ? null : note;
        alert.ReadAt ??= now;
        alert.ReadBy ??= staff.UserName;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.alert.acknowledge", MonitoringDbContext.ModuleName, alert.SubjectId == 0 ? null : alert.SubjectId,
            Detail: $"确认监测提醒 {alert.Id}（{alert.Title}）{(alert.AcknowledgeNote is null ? "" : "：" + alert.AcknowledgeNote)}"), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> AssignAsync(long id, string? colleague, CancellationToken cancellationToken)
    {
        var alert = await Visible().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alert is null)
        {
            return Result.NotFound("找不到该提醒。");
        }

        if (staff.DepartmentCode is not { } department || string.IsNullOrWhiteSpace(colleague))
        {
            return Result.Failure("请选择本部门的同事。", "assignee");
        }

        var team = await colleagues.ColleaguesAsync(department, cancellationToken);
        var chosen = team.FirstOrDefault(c => string.Equals(c.LoginName, colleague.Trim(), StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            return Result.Failure("只能指派给本部门的同事。", "assignee");
        }

        alert.AssignedTo = chosen.LoginName;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.alert.assign", MonitoringDbContext.ModuleName, alert.SubjectId == 0 ? null : alert.SubjectId,
            Detail: $"监测提醒 {alert.Id} 指派给 {chosen.LoginName}"), cancellationToken);
        return Result.Success();
    }
}
