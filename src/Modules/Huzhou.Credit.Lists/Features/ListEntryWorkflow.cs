using FluentValidation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Persistence;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Lists.Features;

/// <summary>
/// The life of a list entry (domain.md §4): a department proposes, the credit office approves (in force and public)
/// or refuses, and removes or removes early with reason and basis; the nightly job expires entries. Each step checks
/// the user's role and district, writes a change row and an audit entry in the same unit of work.
/// </summary>
internal sealed class ListEntryWorkflow(
    ListsDbContext db,
    ISubjectDirectory subjects,
    ICreditRecordRepairs records,
    ICurrentStaff staff,
    IAuditLog audit,
    IValidator<ListProposal> validator,
    IWorkingDays workingDays,
    TimeProvider clock)
{
    public static bool MayPropose(ICurrentStaff user) =>
        user.IsInRole(CreditRoles.DepartmentStaff) || user.IsInRole(CreditRoles.DepartmentReviewer) || user.IsInRole(CreditRoles.CreditOffice);

    public static bool MayDecide(ICurrentStaff user) => user.IsInRole(CreditRoles.CreditOffice);

    /// <summary>Whether the user may propose entries on the list: its department is an authority for it (<see cref="ListType.MayBeProposedBy"/>).</summary>
    public static bool MayProposeOn(ICurrentStaff user, ListType type) =>
        MayPropose(user) && type.MayBeProposedBy(user.DepartmentCode, user.IsInRole(CreditRoles.CreditOffice));

    /// <summary>The active list types the user's department may propose on (the form offers only these).</summary>
    public async Task<List<ListType>> ProposableTypesAsync(CancellationToken cancellationToken) =>
        (await db.ListTypes.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Kind == ListKind.Red).ThenBy(t => t.SortOrder).ToListAsync(cancellationToken))
            .Where(t => MayProposeOn(staff, t))
            .ToList();

    /// <summary>
    /// What the form starts with when opened from a subject (<paramref name="subjectId"/>) or one of its records
    /// (<paramref name="recordId"/>): the subject must be in the user's districts and the record one of its bad records
    /// that the user's department delivered (the credit office: any) — else 404, or the reason.
    /// </summary>
    public async Task<Result<ListProposalPrefill>> PrefillAsync(long? subjectId, long? recordId, CancellationToken cancellationToken)
    {
        if (subjectId is not { } id)
        {
            return Result<ListProposalPrefill>.Success(ListProposalPrefill.None);
        }

        var subject = await VisibleSubjectAsync(id, cancellationToken);
        if (subject is null)
        {
            return Result<ListProposalPrefill>.NotFound("主体不存在。");
        }

        if (subject.IsPerson)
        {
            // The form shows the person's name from the registry: a look at a person's data, audited as the registry's
            // person view is (ADR 0005) — otherwise any id in the address read a name without a trace.
            await audit.WriteAsync(new AuditEntry("lists.person.view", ListsDbContext.ModuleName, subject.SubjectId, Purpose: "提出名单列入",
                Detail: "提出名单列入时查看自然人的登记名称"), cancellationToken);
        }

        var prefill = new ListProposalPrefill(subject.SubjectId, subject.DisplayCode, subject.Name, null, null, null, null);
        if (recordId is not { } rid)
        {
            return Result<ListProposalPrefill>.Success(prefill);
        }

        var (record, refusal) = await BasisRecordAsync(subject.SubjectId, rid, cancellationToken);
        if (refusal is not null)
        {
            return refusal.Kind == ErrorKind.NotFound ? Result<ListProposalPrefill>.NotFound(refusal.Error!) : Result<ListProposalPrefill>.Failure(refusal.Error!, refusal.Field);
        }

        return Result<ListProposalPrefill>.Success(prefill with
        {
            BasisRecordId = record!.RecordId, BasisRecordSummary = Summary(record), DocumentNumber = record.Reference, DecisionDate = record.DecisionDate,
        });
    }

    private async Task<ResolvedSubject?> VisibleSubjectAsync(long subjectId, CancellationToken cancellationToken)
    {
        var found = await subjects.GetAsync([subjectId], cancellationToken);
        return found.TryGetValue(subjectId, out var subject) && staff.CanSeeDistrict(subject.DistrictCode) ? subject : null;
    }

    /// <summary>
    /// The record a proposal rests on: the subject's (404 otherwise), a bad record (失信), delivered by the user's
    /// department unless the user is of the credit office (谁认定、谁提出).
    /// </summary>
    private async Task<(RepairableRecord? Record, Result? Refusal)> BasisRecordAsync(long subjectId, long recordId, CancellationToken cancellationToken)
    {
        var record = await records.GetAsync(subjectId, recordId, cancellationToken);
        if (record is null)
        {
            return (null, Result.NotFound("作为列入依据的信用记录不存在。"));
        }

        if (!record.IsBad)
        {
            return (null, Result.Failure("只有失信信息可以作为列入名单的依据。"));
        }

        if (!staff.IsInRole(CreditRoles.CreditOffice) && !string.Equals(record.ProviderDepartment, staff.DepartmentCode, StringComparison.Ordinal))
        {
            return (null, Result.Failure("只能以本部门报送的失信记录作为列入依据（谁认定、谁提出）。"));
        }

        return (record, null);
    }

    private static string Summary(RepairableRecord record)
    {
        var text = $"{record.ItemName}（{record.Reference}，{record.DecisionDate:yyyy-MM-dd}）";
        return text.Length > 300 ? text[..300] : text;
    }

    public async Task<Result<long>> ProposeAsync(ListProposal proposal, CancellationToken cancellationToken)
    {
        if (!MayPropose(staff))
        {
            return Result<long>.Failure("您没有提出名单列入的权限。");
        }

        var validation = await validator.ValidateAsync(proposal, cancellationToken);
        if (!validation.IsValid)
        {
            var first = validation.Errors[0];
            return Result<long>.Failure(first.ErrorMessage, first.PropertyName);
        }

        var type = await db.ListTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Code == proposal.ListTypeCode && t.IsActive, cancellationToken);
        if (type is null)
        {
            return Result<long>.Failure("名单类别不存在或已停用。", nameof(ListProposal.ListTypeCode));
        }

        if (!MayProposeOn(staff, type))
        {
            // The form offers only these types; a forged post is refused here, with the reason.
            return Result<long>.Failure(type.AuthorityDepartments.Length == 0
                ? $"“{type.Name}”未指定认定部门，只能由信用办提出列入。"
                : $"您所在的部门不是“{type.Name}”的认定部门，不能提出列入（由{type.DecidingAuthority}提出）。", nameof(ListProposal.ListTypeCode));
        }

        ResolvedSubject? subject;
        if (proposal.SubjectId is { } subjectId)
        {
            // Started from the subject page or a record: the subject is the one named by id (another district's: 404).
            subject = await VisibleSubjectAsync(subjectId, cancellationToken);
            if (subject is null)
            {
                return Result<long>.NotFound("主体不存在。");
            }
        }
        else
        {
            var code = proposal.SubjectCode!.Trim().ToUpperInvariant();
            if (!UnifiedSocialCreditCode.TryParse(code).Succeeded && !ResidentIdNumber.TryParse(code).Succeeded)
            {
                return Result<long>.Failure($"“{(code.Length > 20 ? code[..20] : code)}”不是有效的统一社会信用代码或身份证号码。", nameof(ListProposal.SubjectCode));
            }

            subject = await subjects.FindByCodeAsync(code, cancellationToken);
            if (subject is null)
            {
                return Result<long>.Failure("主体库中没有该代码的主体，请先登记主体。", nameof(ListProposal.SubjectCode));
            }

            if (!staff.CanSeeDistrict(subject.DistrictCode))
            {
                return Result<long>.Failure("只能对本辖区的主体提出列入。", nameof(ListProposal.SubjectCode));
            }
        }

        RepairableRecord? basis = null;
        if (proposal.BasisRecordId is { } recordId)
        {
            var (record, refusal) = await BasisRecordAsync(subject.SubjectId, recordId, cancellationToken);
            if (refusal is not null)
            {
                return refusal.Kind == ErrorKind.NotFound ? Result<long>.NotFound(refusal.Error!) : Result<long>.Failure(refusal.Error!, refusal.Field);
            }

            basis = record;
        }

        if (subject.IsPerson ? !type.Allows(SubjectKind.NaturalPerson) : type.SubjectKinds.All(k => k == (short)SubjectKind.NaturalPerson))
        {
            return Result<long>.Failure($"“{type.Name}”不适用于{(subject.IsPerson ? "自然人" : "法人和非法人组织")}。", nameof(ListProposal.ListTypeCode));
        }

        var name = proposal.SubjectName!.Trim();
        if (!string.Equals(name, subject.Name, StringComparison.Ordinal))
        {
            return Result<long>.Failure($"主体名称与主体库登记的名称不一致（登记名称：{(subject.IsPerson ? Masking.PersonName(subject.Name) : subject.Name)}）。", nameof(ListProposal.SubjectName));
        }

        var document = proposal.DocumentNumber!.Trim();
        if (await db.Entries.AnyAsync(e => e.ListTypeCode == type.Code && e.SubjectId == subject.SubjectId && e.DocumentNumber == document, cancellationToken))
        {
            return Result<long>.Failure("该主体依据此决定文书的列入已经登记，不能重复提出。", nameof(ListProposal.DocumentNumber));
        }

        var now = clock.GetUtcNow();
        var read = await DecisionDocuments.ReadAsync(proposal.DecisionDocument, type.Kind == ListKind.Black, staff.UserName ?? "", now, cancellationToken);
        if (!read.Succeeded)
        {
            return Result<long>.Failure(read.Error!, read.Field);
        }

        var decision = read.Value;
        var effective = proposal.EffectiveFrom ?? proposal.DecisionDate!.Value;
        var expires = proposal.ExpiresOn ?? (type.ValidityMonths is { } months ? effective.AddMonths(months) : null);
        var entry = new ListEntry
        {
            ListTypeCode = type.Code,
            SubjectId = subject.SubjectId,
            SubjectName = subject.Name,
            SubjectCode = subject.DisplayCode,
            SubjectIsPerson = subject.IsPerson,
            DistrictCode = subject.DistrictCode,
            Reason = proposal.Reason!.Trim(),
            Basis = proposal.Basis!.Trim(),
            DecidingAuthority = proposal.DecidingAuthority!.Trim(),
            DecidingAuthorityCode = string.IsNullOrWhiteSpace(proposal.DecidingAuthorityCode) ? null : proposal.DecidingAuthorityCode.Trim().ToUpperInvariant(),
            DocumentNumber = document,
            DecisionDate = proposal.DecisionDate!.Value,
            EffectiveFrom = effective,
            ExpiresOn = expires,
            Status = ListEntryStatus.Proposed,
            SourceDepartment = staff.DepartmentCode ?? "",
            ProposedBy = staff.UserName ?? "",
            ProposedAt = now,
            UpdatedAt = now,
            BasisRecordId = basis?.RecordId,
            BasisRecordSummary = basis is null ? null : Summary(basis),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Entries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        db.Changes.Add(Change(entry.Id, null, ListEntryStatus.Proposed, basis is null ? "提出列入" : $"提出列入（依据信用记录：{entry.BasisRecordSummary}）", now));
        if (decision is not null)
        {
            decision.EntryId = entry.Id;
            db.Documents.Add(decision);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var attached = decision is null ? "" : $"，附认定决定书 {decision.FileName}（{decision.Size / 1024.0:0.#} KB，SHA-256 {decision.Sha256[..12]}…）";
        await audit.WriteAsync(new AuditEntry("lists.entry.propose", ListsDbContext.ModuleName, subject.SubjectId, Detail: $"提出列入{type.Name}（{document}）{attached}"), cancellationToken);
        return Result<long>.Success(entry.Id);
    }

    /// <summary>
    /// Approves a proposal: in force and public. A black-list entry needs <paramref name="confirmed"/>: the credit office
    /// has seen, on the confirmation page, exactly what the public site will show (<see cref="ListDossierSections.PublicPreview"/>);
    /// a plain approval of one is refused, so the step cannot be skipped. A red-list entry is approved in one step.
    /// </summary>
    public async Task<Result> ApproveAsync(long id, bool confirmed, CancellationToken cancellationToken)
    {
        if (MayDecide(staff))
        {
            var entry = await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (entry is { Status: ListEntryStatus.Proposed } && staff.CanSeeDistrict(entry.DistrictCode)
                && await db.ListTypes.AnyAsync(t => t.Code == entry.ListTypeCode && t.Kind == ListKind.Black, cancellationToken))
            {
                if (NoticeBlocks(entry, ShanghaiTime.Today(clock)) is { } notice)
                {
                    return Result.Failure(notice);
                }

                if (!confirmed)
                {
                    return Result.Failure("列入黑名单须先在确认页面核对将在信用网站公示的内容并确认，不能直接审核通过。");
                }
            }
        }

        return await DecideAsync(id, ListEntryStatus.Proposed, ListEntryStatus.InForce, confirmed ? "审核通过（已核对公示内容），列入并公示" : "审核通过，列入并公示", null, null, cancellationToken);
    }

    /// <summary>
    /// Whether the user may record the day an entry's obligation was met: the credit office of the entry's district, or
    /// the department that proposed it (谁认定、谁登记).
    /// </summary>
    public static bool MayRecordObligation(ICurrentStaff user, ListEntry entry) =>
        user.CanSeeDistrict(entry.DistrictCode)
        && (MayDecide(user)
            || ((user.IsInRole(CreditRoles.DepartmentStaff) || user.IsInRole(CreditRoles.DepartmentReviewer))
                && !string.IsNullOrEmpty(user.DepartmentCode) && user.DepartmentCode == entry.SourceDepartment));

    /// <summary>
    /// Records the day the obligation was met (e.g. wage arrears paid, 清偿拖欠工资) on an entry of a list whose early exit
    /// counts from it (<see cref="ListType.EarlyExitCountsFrom"/>): not in the future, not before the decision; a change
    /// row (status unchanged) and an audit entry. Recording again corrects the day, with the old one in the history.
    /// </summary>
    public async Task<Result> RecordObligationMetAsync(long id, DateOnly? day, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null || !staff.CanSeeDistrict(entry.DistrictCode))
        {
            return Result.Failure("名单记录不存在。");
        }

        if (!MayRecordObligation(staff, entry))
        {
            return Result.Failure("只有提出列入的部门或信用办可以登记履行义务的日期。");
        }

        var type = await db.ListTypes.AsNoTracking().FirstAsync(t => t.Code == entry.ListTypeCode, cancellationToken);
        if (type.EarlyExitCountsFrom is not { } obligation)
        {
            return Result.Failure($"“{type.Name}”的提前移出不以履行义务的日期计算，无需登记。");
        }

        if (entry.Status is not (ListEntryStatus.Proposed or ListEntryStatus.InForce))
        {
            return Result.Failure($"该记录当前为“{ListEntryStatuses.DisplayName(entry.Status)}”，不能再登记{obligation}日期。");
        }

        if (day is not { } met)
        {
            return Result.Failure($"请填写{obligation}的日期。", "ObligationMetOn");
        }

        var today = ShanghaiTime.Today(clock);
        if (met > today)
        {
            return Result.Failure($"{obligation}的日期不能晚于今天。", "ObligationMetOn");
        }

        if (met < entry.DecisionDate)
        {
            return Result.Failure($"{obligation}的日期不能早于认定日期（{entry.DecisionDate:yyyy-MM-dd}）。", "ObligationMetOn");
        }

        var now = clock.GetUtcNow();
        var previous = entry.ObligationMetOn;
        entry.ObligationMetOn = met;
        entry.UpdatedAt = now;
        var reason = previous is { } old && old != met
            ? $"更正{obligation}日期：{old:yyyy-MM-dd} → {met:yyyy-MM-dd}"
            : $"登记{obligation}日期：{met:yyyy-MM-dd}";
        db.Changes.Add(Change(entry.Id, entry.Status, entry.Status, reason, now));
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("lists.entry.obligation-met", ListsDbContext.ModuleName, entry.SubjectId, Detail: $"{reason}（{entry.DocumentNumber}）"), cancellationToken);
        return Result.Success();
    }

    /// <summary>
    /// Why the prior notice (事前告知) still stops the approval of a black-list entry, or null: the notice must have been
    /// recorded, and the statement period must have passed or the subject's statement been recorded.
    /// </summary>
    internal static string? NoticeBlocks(ListEntry entry, DateOnly today)
    {
        if (entry.NoticeSentOn is null)
        {
            return "列入黑名单前须事前告知当事人：请提出部门先登记事前告知（告知日期和方式），陈述申辩期满或登记当事人陈述申辩后方可审核通过。";
        }

        return entry.StatementAnswer is null && entry.StatementDueOn is { } due && today <= due
            ? $"陈述申辩期至{due:yyyy年M月d日}届满，当事人尚未提出陈述申辩；期满或登记陈述申辩后方可审核通过。"
            : null;
    }

    /// <summary>
    /// Records the prior notice (事前告知) of a proposed black-list entry: the day it was sent and how; the statement
    /// period ends the list type's working days after it (shared calendar). Once only; audited.
    /// </summary>
    public async Task<Result> RecordNoticeAsync(long id, DateOnly? sentOn, string? means, CancellationToken cancellationToken)
    {
        var (entry, type, refusal) = await ProposedBlackEntryAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        if (entry!.NoticeSentOn is not null)
        {
            return Result.Failure("事前告知已经登记。");
        }

        if (sentOn is not { } sent)
        {
            return Result.Failure("请填写告知日期。", "NoticeSentOn");
        }

        if (string.IsNullOrWhiteSpace(means) || means.Trim().Length > 100)
        {
            return Result.Failure("请填写告知方式（如直接送达、邮寄送达，100字以内）。", "NoticeMeans");
        }

        var today = ShanghaiTime.Today(clock);
        if (sent > today)
        {
            return Result.Failure("告知日期不能晚于今天。", "NoticeSentOn");
        }

        var calendar = await workingDays.CalendarAsync(cancellationToken);
        entry.NoticeSentOn = sent;
        entry.NoticeMeans = means.Trim();
        entry.NoticeRecordedBy = staff.UserName;
        entry.StatementDueOn = calendar.AddWorkingDays(sent, type!.StatementPeriodWorkingDays);
        entry.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("lists.entry.notice", ListsDbContext.ModuleName, entry.SubjectId, Detail: $"事前告知 {sent:yyyy-MM-dd}（{entry.NoticeMeans}），陈述申辩期至 {entry.StatementDueOn:yyyy-MM-dd}（{entry.DocumentNumber}）"), cancellationToken);
        return Result.Success();
    }

    /// <summary>
    /// Records the subject's statement (陈述申辩) after the notice, or that it made none (<see cref="ListEntry.NoStatement"/>,
    /// only once the period has passed). Once only; audited.
    /// </summary>
    public async Task<Result> RecordStatementAsync(long id, string? answer, bool none, CancellationToken cancellationToken)
    {
        var (entry, _, refusal) = await ProposedBlackEntryAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        if (entry!.NoticeSentOn is null)
        {
            return Result.Failure("请先登记事前告知。");
        }

        if (entry.StatementAnswer is not null)
        {
            return Result.Failure("陈述申辩情况已经登记。");
        }

        var today = ShanghaiTime.Today(clock);
        string text;
        if (none)
        {
            if (entry.StatementDueOn is { } due && today <= due)
            {
                return Result.Failure($"陈述申辩期至{due:yyyy年M月d日}届满，期满后方可登记“未提出”。");
            }

            text = ListEntry.NoStatement;
        }
        else if (string.IsNullOrWhiteSpace(answer) || answer.Trim().Length > 2000)
        {
            return Result.Failure("请填写当事人陈述申辩的内容（2000字以内），或在期满后登记“未提出”。", "StatementAnswer");
        }
        else
        {
            text = answer.Trim();
        }

        entry.StatementAnswer = text;
        entry.StatementRecordedBy = staff.UserName;
        entry.StatementRecordedAt = clock.GetUtcNow();
        entry.UpdatedAt = entry.StatementRecordedAt.Value;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("lists.entry.statement", ListsDbContext.ModuleName, entry.SubjectId, Detail: $"陈述申辩：{(text.Length > 100 ? text[..100] + "…" : text)}（{entry.DocumentNumber}）"), cancellationToken);
        return Result.Success();
    }

    private async Task<(ListEntry? Entry, ListType? Type, string? Refusal)> ProposedBlackEntryAsync(long id, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null || !staff.CanSeeDistrict(entry.DistrictCode))
        {
            return (null, null, "名单记录不存在。");
        }

        if (!MayRecordObligation(staff, entry))
        {
            return (null, null, "只有提出列入的部门或信用办可以登记事前告知和陈述申辩。");
        }

        var type = await db.ListTypes.AsNoTracking().FirstAsync(t => t.Code == entry.ListTypeCode, cancellationToken);
        if (type.Kind != ListKind.Black)
        {
            return (null, null, "只有黑名单须事前告知。");
        }

        return entry.Status != ListEntryStatus.Proposed
            ? (null, null, $"该记录当前为“{ListEntryStatuses.DisplayName(entry.Status)}”，不能再登记事前告知或陈述申辩。")
            : (entry, type, null);
    }

    public Task<Result> RejectAsync(long id, ListEntryClosing closing, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(closing.Reason)
            ? Task.FromResult(Result.Failure("请填写不予列入的理由。", nameof(ListEntryClosing.Reason)))
            : DecideAsync(id, ListEntryStatus.Proposed, ListEntryStatus.Rejected, closing.Reason.Trim(), closing.Reason.Trim(), null, cancellationToken);

    public async Task<Result> RemoveAsync(long id, bool early, ListEntryClosing closing, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(closing.Reason))
        {
            return Result.Failure(early ? "请填写提前移出的理由（信用修复或履行义务的情况）。" : "请填写移出理由。", nameof(ListEntryClosing.Reason));
        }

        if (string.IsNullOrWhiteSpace(closing.Basis))
        {
            return Result.Failure("请填写移出依据。", nameof(ListEntryClosing.Basis));
        }

        if (early)
        {
            var entry = await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            var type = entry is null ? null : await db.ListTypes.AsNoTracking().FirstAsync(t => t.Code == entry.ListTypeCode, cancellationToken);
            if (type is { EarlyExitAllowed: false })
            {
                return Result.Failure($"“{type.Name}”不允许提前移出，只能在有效期届满后自动到期，或在认定决定被撤销时移出。");
            }
        }

        return await DecideAsync(id, ListEntryStatus.InForce, early ? ListEntryStatus.RemovedEarly : ListEntryStatus.Removed,
            closing.Reason.Trim(), closing.Reason.Trim(), closing.Basis.Trim(), cancellationToken);
    }

    private async Task<Result> DecideAsync(long id, ListEntryStatus from, ListEntryStatus to, string changeReason, string? closingReason, string? closingBasis, CancellationToken cancellationToken)
    {
        if (!MayDecide(staff))
        {
            return Result.Failure("只有信用办可以审核和移出名单。");
        }

        var entry = await db.Entries.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null || !staff.CanSeeDistrict(entry.DistrictCode))
        {
            return Result.Failure("名单记录不存在。");
        }

        if (entry.Status != from)
        {
            return Result.Failure($"该记录当前为“{ListEntryStatuses.DisplayName(entry.Status)}”，不能进行此操作。");
        }

        var today = ShanghaiTime.Today(clock);
        if (to == ListEntryStatus.InForce && entry.ExpiresOn is { } expires && expires < today)
        {
            return Result.Failure($"有效期已于{expires:yyyy年M月d日}届满，不能再列入。");
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var old = entry.Status;
        entry.Status = to;
        entry.DecidedBy ??= staff.UserName;
        entry.DecidedAt ??= now;
        entry.UpdatedAt = now;
        if (closingReason is not null)
        {
            entry.ClosingReason = closingReason;
            entry.ClosingBasis = closingBasis;
            entry.ClosedOn = today;
        }

        db.Changes.Add(Change(entry.Id, old, to, changeReason, now));
        await db.SaveChangesAsync(cancellationToken);
        if (old == ListEntryStatus.InForce || to == ListEntryStatus.InForce)
        {
            // The subject's standing changed: the check API's credit status (and anything else listening) refreshes it.
            await Outbox.WriteAsync(db, [new ListEntriesChanged([entry.SubjectId])], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var action = to switch
        {
            ListEntryStatus.InForce => "lists.entry.approve",
            ListEntryStatus.Rejected => "lists.entry.reject",
            ListEntryStatus.RemovedEarly => "lists.entry.remove-early",
            _ => "lists.entry.remove",
        };
        await audit.WriteAsync(new AuditEntry(action, ListsDbContext.ModuleName, entry.SubjectId, Detail: $"{ListEntryStatuses.DisplayName(to)}（{entry.DocumentNumber}）"), cancellationToken);
        return Result.Success();
    }

    private ListEntryChange Change(long entryId, ListEntryStatus? from, ListEntryStatus to, string reason, DateTimeOffset at) => new()
    {
        EntryId = entryId,
        ChangedAt = at,
        ChangedBy = staff.UserName ?? "system",
        OldStatus = from,
        NewStatus = to,
        Reason = reason,
    };
}
