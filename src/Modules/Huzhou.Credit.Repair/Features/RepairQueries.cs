using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Repair.Areas.Repair.Models;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Repair.Features;

/// <summary>
/// Reads of the repair pages: the deciding department's queue and statistics, an application with its steps and
/// materials, the objections, the calendar, the upward export; and the organisation's own applications, notices and
/// objections. Staff see their department's applications (the credit office every one); an organisation only its own.
/// A read of personal material (a material, an objection's evidence) is audited.
/// </summary>
internal sealed class RepairQueries(
    RepairDbContext db,
    RepairService service,
    ObjectionService objections,
    ICreditRecordRepairs records,
    ICurrentStaff staff,
    IAuditLog audit,
    IDepartmentDirectory departments)
{
    /// <summary>The queue (the 500 latest applications, open and late first) with the statistics of the same scope.</summary>
    public async Task<QueueViewModel> QueueAsync(CancellationToken cancellationToken)
    {
        var office = staff.IsInRole(CreditRoles.CreditOffice);
        var source = db.Applications.AsNoTracking();
        if (!office)
        {
            source = source.Where(a => a.DepartmentCode == staff.DepartmentCode);
        }

        var all = await source.OrderByDescending(a => a.Id).Take(500).ToListAsync(cancellationToken);
        var calendar = await service.CalendarAsync(cancellationToken);
        var today = service.Today;
        var rows = all.Select(a =>
        {
            DateOnly? due = a.Status switch { RepairStatus.Submitted => a.AcceptDue, RepairStatus.Accepted => a.DecideDue, _ => null };
            return new QueueRow(a, due is { } d ? RepairService.Countdown(calendar, today, d) : null, due is { } late && late < today);
        }).OrderBy(r => r.Application.Status is RepairStatus.Submitted or RepairStatus.Accepted or RepairStatus.Approved ? 0 : 1).ThenByDescending(r => r.Late).ToList();
        return new QueueViewModel(rows, await StatisticsAsync(source, calendar, cancellationToken), RepairService.MayExecute(staff), office ? "全部部门" : (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == staff.DepartmentCode)?.Name ?? staff.DepartmentCode ?? "");
    }

    /// <summary>An application as staff see it, or null when it does not exist or belongs to another department.</summary>
    public async Task<ApplicationViewModel?> ApplicationAsync(long id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null || !MaySee(application))
        {
            return null;
        }

        if (application.ApplicantIsPerson)
        {
            // A natural person's application is a look at a person's data: audited like the registry's person view (ADR 0005).
            await audit.WriteAsync(new AuditEntry("repair.person.view", RepairDbContext.ModuleName, application.SubjectId, Purpose: "办理信用修复申请",
                Detail: $"查看自然人的信用修复申请 {application.Number}"), cancellationToken);
        }

        var calendar = await service.CalendarAsync(cancellationToken);
        DateOnly? due = application.Status switch { RepairStatus.Submitted => application.AcceptDue, RepairStatus.Accepted => application.DecideDue, _ => null };
        var record = await records.GetAsync(application.SubjectId, application.RecordId, cancellationToken);
        var recordStatus = record is null ? "—" : CreditRecordNames.Of(record.Status);
        return new ApplicationViewModel(application, await StepsAsync(id, cancellationToken), await MaterialsAsync(id, cancellationToken),
            due is { } d ? RepairService.Countdown(calendar, service.Today, d) : null, service.MayReview(application), RepairService.MayExecute(staff), recordStatus);
    }

    /// <summary>The decision letter of a closed application staff may see, or null (none yet, or not theirs).</summary>
    public async Task<RepairFile?> LetterAsync(long id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return application is null || !MaySee(application) ? null : await LetterOfAsync(application, cancellationToken);
    }

    /// <summary>A material of an application staff may see (audited), or null.</summary>
    public async Task<RepairFile?> MaterialAsync(long id, long materialId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null || !MaySee(application))
        {
            return null;
        }

        var material = await db.Materials.AsNoTracking().SingleOrDefaultAsync(m => m.Id == materialId && m.ApplicationId == id, cancellationToken);
        if (material is null)
        {
            return null;
        }

        await audit.WriteAsync(new AuditEntry("repair.material", RepairDbContext.ModuleName, application.SubjectId, Detail: $"查看修复材料 {application.Number} {RepairNames.Material(material.Kind)}"), cancellationToken);
        return new RepairFile(material.Content, material.ContentType, material.FileName);
    }

    /// <summary>The objections of the user's department (the credit office: all), open first, with their countdown.</summary>
    public async Task<ObjectionQueueViewModel> ObjectionQueueAsync(CancellationToken cancellationToken)
    {
        var source = db.Objections.AsNoTracking();
        if (!staff.IsInRole(CreditRoles.CreditOffice))
        {
            source = source.Where(o => o.DepartmentCode == staff.DepartmentCode);
        }

        var rows = await source.OrderBy(o => o.Status).ThenByDescending(o => o.Id).Take(300)
            .Select(o => new Objection { Id = o.Id, Number = o.Number, SubjectName = o.SubjectName, SubjectCode = o.SubjectCode, ApplicantIsPerson = o.ApplicantIsPerson, ItemName = o.ItemName, RecordReference = o.RecordReference, DepartmentCode = o.DepartmentCode, Status = o.Status, SubmittedAt = o.SubmittedAt, Due = o.Due })
            .ToListAsync(cancellationToken);
        var calendar = await service.CalendarAsync(cancellationToken);
        return new ObjectionQueueViewModel(
            rows.Select(o => (o, o.Status == ObjectionStatus.UnderReview ? RepairService.Countdown(calendar, service.Today, o.Due) : "", o.Status == ObjectionStatus.UnderReview && o.Due < service.Today)).ToList());
    }

    /// <summary>An objection with the record it is about, or null when it does not exist or belongs to another department.</summary>
    public async Task<ObjectionViewModel?> ObjectionAsync(long id, CancellationToken cancellationToken)
    {
        var objection = await db.Objections.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (objection is null || !MaySee(objection))
        {
            return null;
        }

        if (objection.ApplicantIsPerson)
        {
            await audit.WriteAsync(new AuditEntry("repair.person.view", RepairDbContext.ModuleName, objection.SubjectId, Purpose: "核实异议申诉",
                Detail: $"查看自然人的异议申诉 {objection.Number}"), cancellationToken);
        }

        var calendar = await service.CalendarAsync(cancellationToken);
        return new ObjectionViewModel(objection, await records.GetAsync(objection.SubjectId, objection.RecordId, cancellationToken),
            objection.Status == ObjectionStatus.UnderReview ? RepairService.Countdown(calendar, service.Today, objection.Due) : "", objections.MayDecide(objection));
    }

    /// <summary>An objection's evidence (audited), or null when there is none or the objection is not the user's department's.</summary>
    public async Task<RepairFile?> EvidenceAsync(long id, CancellationToken cancellationToken)
    {
        var objection = await db.Objections.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (objection?.Evidence is null || !MaySee(objection))
        {
            return null;
        }

        await audit.WriteAsync(new AuditEntry("repair.objection.evidence", RepairDbContext.ModuleName, objection.SubjectId, Detail: $"查看异议证明材料 {objection.Number}"), cancellationToken);
        return new RepairFile(objection.Evidence, objection.EvidenceContentType ?? "application/octet-stream", objection.EvidenceFileName);
    }

    /// <summary>Every district's repairs executed since <paramref name="start"/>, oldest first (the upward export).</summary>
    public IAsyncEnumerable<RepairApplication> ExecutedSince(DateTimeOffset start) =>
        db.Applications.AsNoTracking().Where(a => a.Status == RepairStatus.Executed && a.ClosedAt >= start).OrderBy(a => a.ClosedAt).AsAsyncEnumerable();

    /// <summary>The holidays and make-up working days of one year.</summary>
    public async Task<CalendarViewModel> CalendarAsync(int year, CancellationToken cancellationToken)
    {
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31)).OrderBy(d => d.Date).ToListAsync(cancellationToken);
        // From 1 November: next year's holidays should be in (the State Council publishes them then).
        var missing = await new WorkingDays(db).MissingYearAsync(service.Today, cancellationToken);
        return new CalendarViewModel(year, days, RepairService.MayExecute(staff), missing);
    }

    /// <summary>The exclusion rules (active first, by department), readable by all staff, editable by the city credit office.</summary>
    public async Task<ExclusionRulesViewModel> ExclusionRulesAsync(CancellationToken cancellationToken)
    {
        var rules = await db.ExclusionRules.AsNoTracking().OrderByDescending(r => r.IsActive).ThenBy(r => r.DepartmentCode).ThenBy(r => r.RuleVersion).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var all = await departments.ListAsync(cancellationToken);
        return new ExclusionRulesViewModel(rules, all.Where(d => d.IsActive).OrderBy(d => d.Code, StringComparer.Ordinal).ToList(), ExclusionRuleEditor.RuleVersions, RepairService.MayExecute(staff));
    }

    /// <summary>The organisation's page: its records and list entries with their eligibility, applications, notices and objections.</summary>
    public async Task<OrganisationRepairViewModel> OrganisationOverviewAsync(long subjectId, CancellationToken cancellationToken)
    {
        var eligible = await service.RecordsAsync(subjectId, cancellationToken);
        var applications = await db.Applications.AsNoTracking().Where(a => a.SubjectId == subjectId).OrderByDescending(a => a.Id).ToListAsync(cancellationToken);
        var notices = await db.Notices.AsNoTracking().Where(n => n.SubjectId == subjectId).OrderByDescending(n => n.Id).Take(20).ToListAsync(cancellationToken);
        var raised = await db.Objections.AsNoTracking().Where(o => o.SubjectId == subjectId).OrderByDescending(o => o.Id)
            .Select(o => new Objection { Id = o.Id, Number = o.Number, ItemName = o.ItemName, RecordReference = o.RecordReference, Status = o.Status, SubmittedAt = o.SubmittedAt, Due = o.Due, Decision = o.Decision })
            .ToListAsync(cancellationToken);
        return new OrganisationRepairViewModel(eligible, applications, notices) { Objections = raised, ListEntries = await service.ListEntriesAsync(subjectId, cancellationToken) };
    }

    /// <summary>The organisation's own application (its notices marked read), or null when it is not the organisation's.</summary>
    public async Task<ApplicationViewModel?> OrganisationApplicationAsync(long subjectId, long id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.SubjectId == subjectId, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var steps = await StepsAsync(id, cancellationToken);
        var materials = await MaterialsAsync(id, cancellationToken);
        await db.Notices.Where(n => n.ApplicationId == id && !n.Read).ExecuteUpdateAsync(s => s.SetProperty(n => n.Read, true), cancellationToken);
        return new ApplicationViewModel(application, steps, materials, null, false, false, "");
    }

    /// <summary>The organisation's own decision letter once the application is closed, or null.</summary>
    public async Task<RepairFile?> OrganisationLetterAsync(long subjectId, long id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.SubjectId == subjectId, cancellationToken);
        return application is null ? null : await LetterOfAsync(application, cancellationToken);
    }

    private bool MaySee(RepairApplication application) => staff.IsInRole(CreditRoles.CreditOffice) || staff.DepartmentCode == application.DepartmentCode;

    private bool MaySee(Objection objection) => staff.IsInRole(CreditRoles.CreditOffice) || staff.DepartmentCode == objection.DepartmentCode;

    private async Task<RepairFile?> LetterOfAsync(RepairApplication application, CancellationToken cancellationToken) =>
        await service.DecisionLetterAsync(application, cancellationToken) is { } pdf
            ? new RepairFile(pdf, "application/pdf", $"{Documents.RepairDecisionLetter.TitleOf(application)}-{application.Number}.pdf")
            : null;

    private Task<List<RepairStep>> StepsAsync(long id, CancellationToken cancellationToken) =>
        db.Steps.AsNoTracking().Where(s => s.ApplicationId == id).OrderBy(s => s.Id).ToListAsync(cancellationToken);

    private Task<List<RepairMaterial>> MaterialsAsync(long id, CancellationToken cancellationToken) =>
        db.Materials.AsNoTracking().Where(m => m.ApplicationId == id)
            .Select(m => new RepairMaterial { Id = m.Id, Kind = m.Kind, FileName = m.FileName, ContentType = m.ContentType, Size = m.Size, Sha256 = m.Sha256, UploadedAt = m.UploadedAt })
            .ToListAsync(cancellationToken);

    /// <summary>Applications, approval rate and the mean working days of acceptance and of the decision.</summary>
    private async Task<RepairStatistics> StatisticsAsync(IQueryable<RepairApplication> source, WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var all = await source.Select(a => new { a.Id, a.Status }).ToListAsync(cancellationToken);
        var ids = all.Select(a => a.Id).ToList();
        var steps = await db.Steps.AsNoTracking().Where(s => ids.Contains(s.ApplicationId)).Select(s => new { s.ApplicationId, s.Kind, s.At }).ToListAsync(cancellationToken);
        int Count(RepairStatus s) => all.Count(a => a.Status == s);
        DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(ShanghaiTime.ToShanghai(at).DateTime);
        double? Mean(RepairStepKind start, RepairStepKind[] ends)
        {
            var spans = steps.GroupBy(s => s.ApplicationId).Select(g =>
            {
                var from = g.FirstOrDefault(s => s.Kind == start);
                var to = g.FirstOrDefault(s => ends.Contains(s.Kind));
                return from is null || to is null ? (int?)null : calendar.WorkingDaysBetween(Day(from.At), Day(to.At));
            }).OfType<int>().ToList();
            return spans.Count == 0 ? null : spans.Average();
        }

        var approved = Count(RepairStatus.Approved) + Count(RepairStatus.Executed);
        var decided = approved + Count(RepairStatus.Denied);
        return new RepairStatistics(
            all.Count, Count(RepairStatus.Executed), Count(RepairStatus.Approved), Count(RepairStatus.Denied), Count(RepairStatus.Refused),
            Count(RepairStatus.Submitted) + Count(RepairStatus.Accepted), decided == 0 ? null : approved / (double)decided,
            Mean(RepairStepKind.Submitted, [RepairStepKind.Accepted, RepairStepKind.Refused]),
            Mean(RepairStepKind.Accepted, [RepairStepKind.Approved, RepairStepKind.Denied]));
    }
}
