using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Features;
using Huzhou.Credit.Repair.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Repair.Jobs;

/// <summary>
/// Nightly (07:30 Asia/Shanghai, before office hours): every step past its working-day deadline gets one reminder step
/// on the application (the staff queue shows it) and a notice to the applicant in the organisation portal.
/// </summary>
internal sealed class RepairReminderJob(RepairDbContext db, RepairService service, TimeProvider clock, ILogger<RepairReminderJob> logger)
{
    public const string JobId = "repair:overdue-reminders";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = ShanghaiTime.Today(clock);
        var late = await db.Applications
            .Where(a => (a.Status == RepairStatus.Submitted && a.AcceptDue < today) || (a.Status == RepairStatus.Accepted && a.DecideDue < today))
            .ToListAsync(cancellationToken);
        var calendar = await service.CalendarAsync(cancellationToken);
        var reminded = 0;
        foreach (var a in late)
        {
            var due = a.Status == RepairStatus.Submitted ? a.AcceptDue : a.DecideDue!.Value;
            var stage = a.Status == RepairStatus.Submitted ? "受理" : "审核";
            var note = $"{stage}期限 {due:yyyy-MM-dd} 已过（{RepairService.Countdown(calendar, today, due)}）";
            if (await db.Steps.AnyAsync(s => s.ApplicationId == a.Id && s.Kind == RepairStepKind.Reminded && s.Note == note, cancellationToken))
            {
                continue;
            }

            db.Steps.Add(new RepairStep { ApplicationId = a.Id, Kind = RepairStepKind.Reminded, At = clock.GetUtcNow(), Actor = "system", Note = note });
            db.Notices.Add(new RepairNotice { ApplicationId = a.Id, SubjectId = a.SubjectId, At = clock.GetUtcNow(), Text = $"修复申请 {a.Number} 的{note}，已提醒认定部门办理。" });
            reminded++;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Repair reminders: {Reminded} steps past their deadline", reminded);
        return reminded;
    }
}
