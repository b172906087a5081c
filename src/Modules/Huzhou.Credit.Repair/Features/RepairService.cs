using System.Globalization;
using System.Security.Cryptography;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Persistence;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Files;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Repair.Features;

/// <summary>The repair workflow: apply (organisation), accept/refuse and approve/deny (the deciding department), execute (the credit centre).</summary>
internal sealed class RepairService(
    RepairDbContext db,
    ICreditRecordRepairs records,
    IListStanding lists,
    IListEntryRepairs listRepairs,
    ICurrentStaff staff,
    IAuditLog audit,
    IOptions<RepairOptions> options,
    IDepartmentDirectory departments,
    ICatalogue catalogue,
    Documents.RepairDecisionLetter letters,
    Huzhou.Credit.SharedKernel.Mail.IMailOutbox mail,
    IWorkingDays workingDays,
    TimeProvider clock)
{
    private readonly List<(string To, string Subject, string Body)> _mail = [];

    /// <summary>The decision letter (PDF) of a closed application, or null while it is still open.</summary>
    public async Task<byte[]?> DecisionLetterAsync(RepairApplication application, CancellationToken cancellationToken)
    {
        if (!Documents.RepairDecisionLetter.HasLetter(application))
        {
            return null;
        }

        var steps = await db.Steps.AsNoTracking().Where(s => s.ApplicationId == application.Id).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var department = (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == application.DepartmentCode)?.Name ?? application.DepartmentCode;
        return letters.Render(application, steps, department, await DecisionBasisAsync(application, cancellationToken));
    }

    /// <summary>
    /// The provision a repair decision cites: the basis document of the rule version the application's record was
    /// delivered under (2019: 发改办财金〔2019〕527号, 2023: 国家发展改革委令第58号, 2025: 国办发〔2025〕22号 ...), or the
    /// 2023 order when the catalogue does not know the version (a black-list entry has none).
    /// </summary>
    public async Task<string> DecisionBasisAsync(RepairApplication application, CancellationToken cancellationToken)
    {
        if (application.ListEntryId is not null || string.IsNullOrEmpty(application.RuleVersion))
        {
            return Documents.RepairDecisionLetter.Basis;
        }

        var version = (await catalogue.ListRuleVersionsAsync(cancellationToken)).FirstOrDefault(v => v.Code == application.RuleVersion);
        return version is null || string.IsNullOrWhiteSpace(version.BasisDocument) ? Documents.RepairDecisionLetter.Basis : version.BasisDocument;
    }

    /// <summary>The list type whose entries stop early repair (市场监管 严重违法失信名单).</summary>
    public const string SeriousDishonestyList = "SJYZWF";

    /// <summary>经营异常名录: while on it, no early repair either (domain.md §3).</summary>
    public const string AbnormalOperationsList = "JYYCML";

    public DateOnly Today => ShanghaiTime.Today(clock);

    public Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken) => workingDays.CalendarAsync(cancellationToken);

    public async Task<IReadOnlyList<RecordEligibility>> RecordsAsync(long subjectId, CancellationToken cancellationToken)
    {
        var bad = await records.BadRecordsAsync(subjectId, cancellationToken);
        var onList = await ExcludingListAsync(subjectId, cancellationToken);
        var history = await db.Applications.AsNoTracking().Where(a => a.SubjectId == subjectId).ToListAsync(cancellationToken);
        var repaired = history.Where(a => a.Status == RepairStatus.Executed && a.ClosedAt is not null).Select(a => ShanghaiTime.ToShanghai(a.ClosedAt!.Value).Date).Select(DateOnly.FromDateTime).ToList();
        var departmentsOfRecords = bad.Select(r => r.ProviderDepartment).Distinct().ToList();
        var rules = bad.Count == 0 ? [] : await db.ExclusionRules.AsNoTracking().Where(x => x.IsActive && departmentsOfRecords.Contains(x.DepartmentCode)).OrderBy(x => x.Id).ToListAsync(cancellationToken);
        return bad.Select(r =>
        {
            var open = history.FirstOrDefault(a => a.RecordId == r.RecordId && a.Status is RepairStatus.Submitted or RepairStatus.Accepted or RepairStatus.Approved);
            var applicable = rules.Where(x => x.AppliesTo(r.ProviderDepartment, r.RuleVersion)).ToList();
            return new RecordEligibility(r, Eligibility.Check(r, applicable, Today, onList, repaired, open is not null, options.Value.Exclusions), open);
        }).ToList();
    }

    /// <summary>An organisation applies to repair one of its records, with the five materials.</summary>
    public Task<Result<long>> ApplyAsync(ICurrentOrganisation organisation, long recordId, RepairRequest request, CancellationToken cancellationToken) =>
        Applicant.Of(organisation) is { } applicant
            ? ApplyAsync(applicant, recordId, request, cancellationToken)
            : Task.FromResult(Result<long>.Forbidden("请先以企业用户登录。"));

    /// <summary>
    /// An organisation or a natural person (after the citizen's ID check) applies to repair one of the subject's own bad
    /// records, under the same eligibility rules (the record's class and rule version, exclusions, lists).
    /// </summary>
    public async Task<Result<long>> ApplyAsync(Applicant applicant, long recordId, RepairRequest request, CancellationToken cancellationToken)
    {
        var subjectId = applicant.SubjectId;
        var eligibility = (await RecordsAsync(subjectId, cancellationToken)).FirstOrDefault(r => r.Record.RecordId == recordId);
        if (eligibility is null)
        {
            return Result<long>.NotFound(applicant.IsPerson ? "没有找到您本人的这条失信信息。" : "没有找到本单位的这条失信信息。");
        }

        if (!eligibility.Result.Eligible)
        {
            return Result<long>.Failure(ErrorKind.Unprocessable, eligibility.Result.Reason);
        }

        var r = eligibility.Record;
        return await SubmitAsync(applicant, new RepairApplication
        {
            RecordId = r.RecordId, ItemCode = r.ItemCode, ItemName = r.ItemName, RecordReference = r.Reference, RecordDecisionDate = r.DecisionDate,
            PenaltyClass = (short?)r.PenaltyClass, RuleVersion = r.RuleVersion, DepartmentCode = r.ProviderDepartment,
        }, eligibility.Result.Reason, request, cancellationToken);
    }

    /// <summary>The organisation's black-list entries in force, with whether early removal may be asked for now.</summary>
    public async Task<IReadOnlyList<ListEntryEligibility>> ListEntriesAsync(long subjectId, CancellationToken cancellationToken)
    {
        var entries = await listRepairs.BlackEntriesAsync(subjectId, cancellationToken);
        if (entries.Count == 0)
        {
            return [];
        }

        var history = await db.Applications.AsNoTracking().Where(a => a.SubjectId == subjectId && a.ListEntryId != null).ToListAsync(cancellationToken);
        return entries.Select(e =>
        {
            var open = history.FirstOrDefault(a => a.ListEntryId == e.EntryId && a.Status is RepairStatus.Submitted or RepairStatus.Accepted or RepairStatus.Approved);
            return new ListEntryEligibility(e, Eligibility.CheckListEntry(e, Today, open is not null), open);
        }).ToList();
    }

    /// <summary>An organisation applies for early removal from a black list (提前移出) as a repair, with the five materials.</summary>
    public async Task<Result<long>> ApplyForListEntryAsync(ICurrentOrganisation organisation, long entryId, RepairRequest request, CancellationToken cancellationToken)
    {
        if (organisation.SubjectId is not { } subjectId)
        {
            return Result<long>.Forbidden("请先以企业用户登录。");
        }

        var eligibility = (await ListEntriesAsync(subjectId, cancellationToken)).FirstOrDefault(e => e.Entry.EntryId == entryId);
        if (eligibility is null)
        {
            return Result<long>.NotFound("没有找到本单位的这条名单记录。");
        }

        if (!eligibility.Result.Eligible)
        {
            return Result<long>.Failure(ErrorKind.Unprocessable, eligibility.Result.Reason);
        }

        var e = eligibility.Entry;
        return await SubmitAsync(Applicant.Of(organisation)!, new RepairApplication
        {
            RecordId = 0, ListEntryId = e.EntryId, ItemCode = e.ListTypeCode, ItemName = e.ListName, RecordReference = e.DocumentNumber,
            RecordDecisionDate = e.DecisionDate, PenaltyClass = null, RuleVersion = "", DepartmentCode = e.SourceDepartment,
        }, eligibility.Result.Reason, request, cancellationToken);
    }

    private async Task<Result<long>> SubmitAsync(Applicant applicant, RepairApplication application, string eligibility, RepairRequest request, CancellationToken cancellationToken)
    {
        var statement = request.Statement;
        if (string.IsNullOrWhiteSpace(statement) || statement.Trim().Length > 2000)
        {
            return Result<long>.Failure("请简要说明失信行为的纠正和法定义务的履行情况（2000 字以内）。", "Statement");
        }

        var materials = new List<RepairMaterial>();
        var now = clock.GetUtcNow();
        foreach (var kind in RepairNames.RequiredOf(applicant.IsPerson))
        {
            var file = request.Materials.GetValueOrDefault(kind);
            if (file is null || file.Length == 0)
            {
                return Result<long>.Failure($"请上传“{RepairNames.Material(kind, applicant.IsPerson)}”。", kind.ToString());
            }

            if (file.Length > options.Value.MaxMaterialBytes)
            {
                return Result<long>.Failure($"“{RepairNames.Material(kind, applicant.IsPerson)}”超过 {options.Value.MaxMaterialBytes / 1024 / 1024} MB。", kind.ToString());
            }

            var bytes = await file.ReadAllAsync(cancellationToken);
            var type = UploadedFiles.Sniff(bytes);
            if (type is null)
            {
                return Result<long>.Failure($"“{RepairNames.Material(kind, applicant.IsPerson)}”只接受 PDF、JPG 或 PNG 文件（按文件内容识别，不看扩展名）。", kind.ToString());
            }

            materials.Add(new RepairMaterial
            {
                Kind = kind, FileName = file.BareName(200), ContentType = type, Size = bytes.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), Content = bytes, UploadedAt = now,
            });
        }

        var calendar = await CalendarAsync(cancellationToken);
        application.SubjectId = applicant.SubjectId;
        application.SubjectName = applicant.Name;
        application.SubjectCode = applicant.Code;
        application.ApplicantIsPerson = applicant.IsPerson;
        application.AccountId = applicant.AccountId;
        application.HandlerName = applicant.HandlerName;
        application.NoticeEmail = applicant.Email;
        application.Statement = statement.Trim();
        application.Status = RepairStatus.Submitted;
        application.SubmittedAt = now;
        application.AcceptDue = calendar.AddWorkingDays(Today, options.Value.AcceptWithinWorkingDays);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        application.Number = "t" + Guid.NewGuid().ToString("N")[..19]; // replaced once the id is known; unique meanwhile
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        application.Number = $"XF{Today:yyyyMMdd}{application.Id % 100000:D5}";
        foreach (var m in materials)
        {
            m.ApplicationId = application.Id;
        }

        db.Materials.AddRange(materials);
        db.Steps.Add(new RepairStep { ApplicationId = application.Id, Kind = RepairStepKind.Submitted, At = now, Actor = applicant.Actor, Note = eligibility });
        Notify(application, $"修复申请 {application.Number} 已提交，认定部门应于 {application.AcceptDue:yyyy-MM-dd} 前决定是否受理。");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await SendMailAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("repair.apply", RepairDbContext.ModuleName, application.SubjectId,
            Detail: $"{(applicant.IsPerson ? "自然人本人" : "企业用户")}提交信用修复申请 {application.Number}：{application.ItemName} {application.RecordReference}"), cancellationToken);
        return Result.Success(application.Id);
    }

    /// <summary>Whether the signed-in staff member may act for the deciding department (谁认定、谁修复).</summary>
    public bool MayReview(RepairApplication application) => Reviews(staff, application.DepartmentCode);

    /// <summary>Whether <paramref name="user"/> acts for <paramref name="departmentCode"/> on its repair applications and objections (its staff and reviewers).</summary>
    public static bool Reviews(ICurrentStaff user, string? departmentCode) =>
        (user.IsInRole(CreditRoles.DepartmentReviewer) || user.IsInRole(CreditRoles.DepartmentStaff))
        && departmentCode is not null && user.DepartmentCode == departmentCode;

    public static bool MayExecute(ICurrentStaff user) => user.IsInRole(CreditRoles.CreditOffice) && user.IsCityLevel;

    public Task<Result> AcceptAsync(long id, CancellationToken cancellationToken) =>
        StepAsync(id, RepairStatus.Submitted, RepairStatus.Accepted, RepairStepKind.Accepted, null, needsReason: false, async (a, calendar) =>
        {
            a.DecideDue = calendar.AddWorkingDays(Today, options.Value.DecideWithinWorkingDays);
            Notify(a, $"修复申请 {a.Number} 已受理，认定部门应于 {a.DecideDue:yyyy-MM-dd} 前作出审核决定。");
            await Task.CompletedTask;
        }, cancellationToken);

    public Task<Result> RefuseAsync(long id, string? reason, CancellationToken cancellationToken) =>
        StepAsync(id, RepairStatus.Submitted, RepairStatus.Refused, RepairStepKind.Refused, reason, needsReason: true, (a, _) =>
        {
            a.ClosedAt = clock.GetUtcNow();
            Notify(a, $"修复申请 {a.Number} 不予受理：{reason}");
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<Result> ExtendAsync(long id, string? reason, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is { Extended: true })
        {
            return Result.Conflict("审核期限只能延长一次。");
        }

        return await StepAsync(id, RepairStatus.Accepted, RepairStatus.Accepted, RepairStepKind.Extended, reason, needsReason: true, (a, calendar) =>
        {
            a.Extended = true;
            a.DecideDue = calendar.AddWorkingDays(a.DecideDue ?? Today, options.Value.ExtensionWorkingDays);
            Notify(a, $"修复申请 {a.Number} 的审核期限延长至 {a.DecideDue:yyyy-MM-dd}：{reason}");
            return Task.CompletedTask;
        }, cancellationToken);
    }

    public Task<Result> ApproveAsync(long id, string? note, CancellationToken cancellationToken) =>
        StepAsync(id, RepairStatus.Accepted, RepairStatus.Approved, RepairStepKind.Approved, note, needsReason: false, (a, _) =>
        {
            Notify(a, $"修复申请 {a.Number} 审核通过，信用中心将执行修复。");
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<Result> DenyAsync(long id, string? reason, CancellationToken cancellationToken) =>
        StepAsync(id, RepairStatus.Accepted, RepairStatus.Denied, RepairStepKind.Denied, reason, needsReason: true, (a, _) =>
        {
            a.ClosedAt = clock.GetUtcNow();
            Notify(a, $"修复申请 {a.Number} 审核不通过：{reason}");
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>The credit centre executes an approved repair: the record is marked repaired in the record store.</summary>
    public async Task<Result> ExecuteAsync(long id, CancellationToken cancellationToken)
    {
        if (!MayExecute(staff))
        {
            return Result.Forbidden("只有市信用办（信用中心）可以执行修复。");
        }

        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return Result.NotFound("只能执行审核通过的申请。");
        }

        if (application.Status != RepairStatus.Approved)
        {
            return Result.Conflict("只能执行审核通过的申请。");
        }

        var basis = await DecisionBasisAsync(application, cancellationToken);
        var marked = application.ListEntryId is { } entryId
            ? await listRepairs.RemoveForRepairAsync(application.SubjectId, entryId, staff.UserName ?? "", $"信用修复 {application.Number}：提前移出",
                $"信用修复决定 {application.Number}（依据{basis}）", cancellationToken)
            : await records.MarkRepairedAsync(application.SubjectId, application.RecordId, staff.UserName ?? "", $"信用修复 {application.Number}", cancellationToken);
        if (!marked.Succeeded)
        {
            return marked;
        }

        var now = clock.GetUtcNow();
        application.Status = RepairStatus.Executed;
        application.ClosedAt = now;
        db.Steps.Add(new RepairStep { ApplicationId = id, Kind = RepairStepKind.Executed, At = now, Actor = staff.UserName ?? "", Note = application.ListEntryId is null
            ? "信用记录已标记为已修复：终止公示，停止共享和使用，联合惩戒规则和行业评价不再计入。"
            : "已从名单中提前移出：终止公示，相关联合惩戒措施不再适用。" });
        Notify(application, application.ListEntryId is null
            ? $"修复申请 {application.Number} 已完成修复：{application.ItemName} {application.RecordReference} 已终止公示。"
            : $"修复申请 {application.Number} 已完成修复：已从“{application.ItemName}”中提前移出。");
        await db.SaveChangesWithEventsAsync([new RepairExecuted(application.Id, application.Number, application.SubjectId,
            application.ListEntryId is null ? application.RecordId : null, application.ListEntryId, application.ItemName, application.RecordReference, now)], cancellationToken);
        await SendMailAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("repair.execute", RepairDbContext.ModuleName, application.SubjectId, Detail: $"执行信用修复 {application.Number}：{application.ItemName} {application.RecordReference}"), cancellationToken);
        return Result.Success();
    }

    private async Task<Result> StepAsync(long id, RepairStatus from, RepairStatus to, RepairStepKind kind, string? note, bool needsReason, Func<RepairApplication, WorkingDayCalendar, Task> apply, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null || !MayReview(application))
        {
            return Result.Failure(application is null ? ErrorKind.NotFound : ErrorKind.Forbidden, "只有认定该信息的部门可以办理这份申请。");
        }

        if (application.Status != from)
        {
            return Result.Conflict($"申请当前为“{RepairNames.Status(application.Status)}”，不能{RepairNames.Step(kind)}。");
        }

        if (needsReason && string.IsNullOrWhiteSpace(note))
        {
            return Result.Failure("请写明理由。", "Reason");
        }

        application.Status = to;
        await apply(application, await CalendarAsync(cancellationToken));
        db.Steps.Add(new RepairStep { ApplicationId = id, Kind = kind, At = clock.GetUtcNow(), Actor = staff.UserName ?? "", Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        await SendMailAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("repair." + kind.ToString().ToLowerInvariant(), RepairDbContext.ModuleName, application.SubjectId, Detail: $"{RepairNames.Step(kind)} {application.Number}"), cancellationToken);
        return Result.Success();
    }

    /// <summary>A notice in the portal, and by e-mail (sent after the step commits) when the applicant gave an address and SMTP is configured.</summary>
    private void Notify(RepairApplication application, string text)
    {
        db.Notices.Add(new RepairNotice { ApplicationId = application.Id, SubjectId = application.SubjectId, At = clock.GetUtcNow(), Text = text });
        if (!string.IsNullOrEmpty(application.NoticeEmail))
        {
            _mail.Add((application.NoticeEmail, $"信用修复申请 {application.Number} 办理通知", $"{application.SubjectName}：\n\n{text}\n\n请登录湖州市公共信用信息平台“企业服务 - 信用修复”查看详情。本邮件由系统发送，请勿回复。"));
        }
    }

    private async Task SendMailAsync(CancellationToken cancellationToken)
    {
        foreach (var (to, subject, body) in _mail)
        {
            await mail.EnqueueAsync(to, subject, body, cancellationToken);
        }

        _mail.Clear();
    }

    /// <summary>The name of a list in force that rules out early repair (严重违法失信名单, 经营异常名录), or null.</summary>
    private async Task<string?> ExcludingListAsync(long subjectId, CancellationToken cancellationToken)
    {
        var standing = await lists.ApprovedEntriesAsync([subjectId], cancellationToken);
        return standing.TryGetValue(subjectId, out var entries)
            ? entries.FirstOrDefault(e => e.ListTypeCode is SeriousDishonestyList or AbnormalOperationsList && (e.ExpiresOn is null || e.ExpiresOn >= Today))?.ListName
            : null;
    }

    internal static string Countdown(WorkingDayCalendar calendar, DateOnly today, DateOnly due)
    {
        var left = calendar.WorkingDaysBetween(today, due);
        return left switch
        {
            > 0 => string.Create(CultureInfo.InvariantCulture, $"剩 {left} 个工作日"),
            0 => "今日到期",
            _ => string.Create(CultureInfo.InvariantCulture, $"超期 {-left} 个工作日"),
        };
    }
}
