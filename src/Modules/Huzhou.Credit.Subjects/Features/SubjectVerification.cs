using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// 核实通过: the credit office confirms a subject that a delivery created (待核实). Records who and when,
/// writes a change-history row and an audit entry. Verifying an already verified subject changes nothing.
/// </summary>
internal sealed class SubjectVerification(SubjectsDbContext db, ICurrentStaff staff, IAuditLog audit, TimeProvider clock)
{
    public static bool MayVerify(ICurrentStaff user) => user.IsInRole(CreditRoles.CreditOffice);

    public async Task<Result> VerifyAsync(long id, CancellationToken cancellationToken)
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

        var now = clock.GetUtcNow();
        var user = staff.UserName ?? "system";
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
            Reason = "核实通过",
        });
        await db.SaveChangesWithEventsAsync([new SubjectsChanged([subject.Id])], cancellationToken);
        await audit.WriteAsync(new AuditEntry("subjects.verify", SubjectsDbContext.ModuleName, subject.Id, Detail: "核实通过"), cancellationToken);
        return Result.Success();
    }
}
