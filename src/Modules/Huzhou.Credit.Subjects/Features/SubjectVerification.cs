using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// 核实通过: the credit office confirms a subject that a delivery created (待核实). Records who and when,
/// writes a change-history row and an audit entry. Verifying an already verified subject changes nothing.
/// A subject whose credit code failed its check character is accepted only with the reason the clerk gives
/// (domain.md §1): it becomes the warning's recorded reason, and the subject and its records become public.
/// </summary>
internal sealed class SubjectVerification(SubjectsDbContext db, ICurrentStaff staff, IAuditLog audit, TimeProvider clock)
{
    public static bool MayVerify(ICurrentStaff user) => user.IsInRole(CreditRoles.CreditOffice);

    public async Task<Result> VerifyAsync(long id, string? reason, CancellationToken cancellationToken)
    {
        if (!MayVerify(staff))
        {
            return Result.Failure("只有信用办可以核实主体。");
        }

        var subject = await db.Subjects.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subject is null || !staff.CanSeeDistrict(subject.DistrictCode))
        {
            return Result.Failure("主体不存在。");
        }

        if (subject.Verification == VerificationStatus.Verified)
        {
            return Result.Success();
        }

        reason = reason?.Trim();
        if (subject.UsccCheckWarning && string.IsNullOrEmpty(reason))
        {
            return Result.Failure("该主体的统一社会信用代码或身份证号码校验位不符，核实通过前请填写核实依据（例如已与营业执照或身份证原件核对一致）。");
        }

        if (reason is { Length: > 500 })
        {
            return Result.Failure("核实依据不能超过 500 个字。");
        }

        var now = clock.GetUtcNow();
        var user = staff.UserName ?? "system";
        if (subject.UsccCheckWarning)
        {
            subject.UsccWarningReason = reason;
        }

        subject.Verification = VerificationStatus.Verified;
        subject.VerifiedAt = now;
        subject.VerifiedBy = user;
        subject.UpdatedAt = now;
        subject.UpdatedBy = user;
        db.SubjectChanges.Add(new SubjectChange
        {
            SubjectId = subject.Id,
            ChangedAt = now,
            ChangedBy = user,
            Field = "核实状态",
            OldValue = VerificationStatuses.DisplayName(VerificationStatus.Pending),
            NewValue = VerificationStatuses.DisplayName(VerificationStatus.Verified),
            Reason = string.IsNullOrEmpty(reason) ? "核实通过" : $"核实通过：{reason}",
        });
        await db.SaveChangesWithEventsAsync([new SubjectsChanged([subject.Id])], cancellationToken);
        await audit.WriteAsync(new AuditEntry("subjects.verify", SubjectsDbContext.ModuleName, subject.Id,
            Detail: string.IsNullOrEmpty(reason) ? "核实通过" : $"核实通过：{reason}"), cancellationToken);
        return Result.Success();
    }
}
