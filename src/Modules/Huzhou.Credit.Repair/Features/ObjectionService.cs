using System.Security.Cryptography;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Persistence;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Files;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Repair.Features;

/// <summary>异议申诉: submitted by the organisation, verified and decided by the department that delivered the record.</summary>
internal sealed class ObjectionService(
    RepairDbContext db,
    RepairService repair,
    ICreditRecordRepairs records,
    ICurrentStaff staff,
    IAuditLog audit,
    IOptions<RepairOptions> options,
    TimeProvider clock) : IRecordObjections
{
    public async Task<IReadOnlyDictionary<long, string>> OpenObjectionsAsync(long subjectId, CancellationToken cancellationToken = default) =>
        await db.Objections.AsNoTracking().Where(o => o.SubjectId == subjectId && o.Status == ObjectionStatus.UnderReview)
            .ToDictionaryAsync(o => o.RecordId, o => o.Number, cancellationToken);

    public Task<Result<long>> SubmitAsync(ICurrentOrganisation organisation, long recordId, ObjectionClaim submission, CancellationToken cancellationToken) =>
        Applicant.Of(organisation) is { } applicant
            ? SubmitAsync(applicant, recordId, submission, cancellationToken)
            : Task.FromResult(Result<long>.Forbidden("请先以企业用户登录。"));

    /// <summary>
    /// An objection of an organisation or of a natural person (after the citizen's ID check) on one of the subject's own
    /// records; another subject's record is not found. Audited as <c>repair.objection.submit</c>.
    /// </summary>
    public async Task<Result<long>> SubmitAsync(Applicant applicant, long recordId, ObjectionClaim submission, CancellationToken cancellationToken)
    {
        var subjectId = applicant.SubjectId;
        var record = await records.GetAsync(subjectId, recordId, cancellationToken);
        if (record is null || record.Status is CreditRecordStatus.Repaired or CreditRecordStatus.Revoked)
        {
            return Result<long>.NotFound(applicant.IsPerson ? "没有找到您本人的这条信用信息，或该信息已修复、已撤销。" : "没有找到本单位的这条信用信息，或该信息已修复、已撤销。");
        }

        if (await db.Objections.AnyAsync(o => o.SubjectId == subjectId && o.RecordId == recordId && o.Status == ObjectionStatus.UnderReview, cancellationToken))
        {
            return Result<long>.Conflict("该信息已有正在处理的异议。");
        }

        var (claim, evidence) = (submission.Claim, submission.Evidence);

        if (string.IsNullOrWhiteSpace(claim) || claim.Trim().Length is < 10 or > 2000)
        {
            return Result<long>.Failure("请具体说明哪一项内容有误、正确的内容是什么（10 至 2000 字）。", "Claim");
        }

        byte[]? bytes = null;
        string? type = null;
        if (evidence is { Length: > 0 })
        {
            if (evidence.Length > options.Value.MaxMaterialBytes)
            {
                return Result<long>.Failure("证明材料超过大小限制。", "Evidence");
            }

            bytes = await evidence.ReadAllAsync(cancellationToken);
            type = UploadedFiles.Sniff(bytes);
            if (type is null)
            {
                return Result<long>.Failure("证明材料只接受 PDF、JPG 或 PNG 文件。", "Evidence");
            }
        }

        var calendar = await repair.CalendarAsync(cancellationToken);
        var objection = new Objection
        {
            Number = "t" + Guid.NewGuid().ToString("N")[..19], SubjectId = subjectId, SubjectName = applicant.Name, SubjectCode = applicant.Code, ApplicantIsPerson = applicant.IsPerson,
            AccountId = applicant.AccountId, HandlerName = applicant.HandlerName, RecordId = recordId, ItemName = record.ItemName,
            RecordReference = record.Reference, DepartmentCode = record.ProviderDepartment, Claim = claim.Trim(),
            EvidenceFileName = evidence is { Length: > 0 } ? evidence.BareName(200) : null, EvidenceContentType = type,
            EvidenceSha256 = bytes is null ? null : Convert.ToHexStringLower(SHA256.HashData(bytes)), Evidence = bytes,
            Status = ObjectionStatus.UnderReview, SubmittedAt = clock.GetUtcNow(), Due = calendar.AddWorkingDays(repair.Today, options.Value.ObjectionWithinWorkingDays),
        };
        db.Objections.Add(objection);
        await db.SaveChangesAsync(cancellationToken);
        objection.Number = $"YY{repair.Today:yyyyMMdd}{objection.Id % 100000:D5}";
        await db.SaveChangesWithEventsAsync([new ObjectionFiled(objection.Id, objection.Number, subjectId, recordId, record.ItemName, record.Reference,
            record.ProviderDepartment, objection.SubmittedAt)], cancellationToken);
        await audit.WriteAsync(new AuditEntry("repair.objection.submit", RepairDbContext.ModuleName, subjectId,
            Detail: $"{(applicant.IsPerson ? "自然人本人" : "企业用户")}提出异议 {objection.Number}：{record.ItemName} {record.Reference}"), cancellationToken);
        return Result.Success(objection.Id);
    }

    public bool MayDecide(Objection objection) => RepairService.Reviews(staff, objection.DepartmentCode);

    /// <summary>The department's verification: upheld, corrected (the record marked 已更正) or revoked (已撤销); a reason always.</summary>
    public async Task<Result> DecideAsync(long id, ObjectionStatus outcome, string? reason, CancellationToken cancellationToken)
    {
        var objection = await db.Objections.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (objection is null || !MayDecide(objection))
        {
            return Result.Failure(objection is null ? ErrorKind.NotFound : ErrorKind.Forbidden, "只有报送该信息的部门可以核实处理这条异议。");
        }

        if (objection.Status != ObjectionStatus.UnderReview || outcome == ObjectionStatus.UnderReview)
        {
            return Result.Conflict("该异议已处理。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure("请写明核实意见。", "Reason");
        }

        if (outcome is ObjectionStatus.Corrected or ObjectionStatus.Revoked)
        {
            var changed = await records.MarkCorrectedAsync(objection.SubjectId, objection.RecordId, outcome == ObjectionStatus.Revoked, staff.UserName ?? "", $"异议申诉 {objection.Number}：{reason.Trim()}", cancellationToken);
            if (!changed.Succeeded)
            {
                return changed;
            }
        }

        objection.Status = outcome;
        objection.Decision = reason.Trim();
        objection.DecidedAt = clock.GetUtcNow();
        objection.DecidedBy = staff.UserName;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new Huzhou.Credit.Contracts.Identity.AuditEntry("repair.objection." + outcome.ToString().ToLowerInvariant(), RepairDbContext.ModuleName, objection.SubjectId,
            Detail: $"异议 {objection.Number}：{ObjectionNames.Status(outcome)}"), cancellationToken);
        return Result.Success();
    }
}
