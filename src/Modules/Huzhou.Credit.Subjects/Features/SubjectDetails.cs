using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// The registry's detail view. An organisation's registration data is public; its change history is shown
/// only within the user's districts. A natural person is shown only within the user's districts, only
/// after the user states a purpose, and every look is audited; the full ID number needs a role that may
/// see it and is audited separately.
/// </summary>
internal sealed class SubjectDetails(SubjectsDbContext db, ICurrentStaff staff, IAuditLog audit, PersonalDataProtector protector)
{
    /// <summary>The purpose recorded when a person's registration is opened for editing or just saved: the edit itself is the reason.</summary>
    public const string MaintenancePurpose = "登记信息维护";

    public static IReadOnlyList<string> Purposes { get; } =
        ["行政审批", "行政执法与监管", "信用核查", "信用修复审核", "异议处理", "数据质量核对"];

    public static bool MayRevealIdNumbers(ICurrentStaff user) =>
        user.IsInRole(CreditRoles.CreditOffice) || user.IsInRole(CreditRoles.DepartmentReviewer);

    public async Task<(DetailsAccess Access, SubjectDetailsView? View)> GetAsync(long id, string? purpose, bool revealIdNumber, CancellationToken cancellationToken)
    {
        var subject = await db.Subjects.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subject is null)
        {
            return (DetailsAccess.NotFound, null);
        }

        var inScope = staff.CanSeeDistrict(subject.DistrictCode);
        if (subject.IsPerson)
        {
            if (!inScope)
            {
                // Persons outside the user's districts are not acknowledged at all.
                return (DetailsAccess.NotFound, null);
            }

            if (string.IsNullOrWhiteSpace(purpose))
            {
                return (DetailsAccess.PurposeRequired, null);
            }
        }

        string? revealed = null;
        if (subject.IsPerson)
        {
            var reveal = revealIdNumber && MayRevealIdNumbers(staff) && subject.IdNumberCipher is not null;
            await audit.WriteAsync(new AuditEntry(
                reveal ? "subjects.person.reveal-id" : "subjects.person.view",
                SubjectsDbContext.ModuleName,
                subject.Id,
                Purpose: purpose!.Trim(),
                Detail: reveal ? "查看自然人完整身份证号码" : "查看自然人主体登记信息"), cancellationToken);
            if (reveal)
            {
                revealed = protector.Decrypt(subject.IdNumberCipher!);
            }
        }

        var changes = inScope
            ? await db.SubjectChanges.AsNoTracking().Where(c => c.SubjectId == id).OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Take(50).ToListAsync(cancellationToken)
            : [];
        return (DetailsAccess.Allowed, new SubjectDetailsView(
            subject,
            changes,
            inScope,
            inScope && SubjectRegistration.MayRegister(staff),
            subject.IsPerson && MayRevealIdNumbers(staff),
            revealed));
    }
}
