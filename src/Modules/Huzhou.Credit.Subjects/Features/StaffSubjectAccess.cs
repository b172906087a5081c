using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// The registry's access rules for other modules' staff pages: the same rules as the registry's own detail page
/// (<see cref="SubjectDetails"/>): persons only in the user's districts, with a purpose, audited.
/// </summary>
internal sealed class StaffSubjectAccess(SubjectsDbContext db, ICurrentStaff staff, IAuditLog audit) : IStaffSubjectAccess
{
    public IReadOnlyList<string> Purposes => SubjectDetails.Purposes;

    public async Task<StaffSubjectResult> OpenAsync(long subjectId, string? purpose, StaffLook look, CancellationToken cancellationToken = default)
    {
        if (!staff.IsAuthenticated)
        {
            return new StaffSubjectResult(StaffSubjectOutcome.NotFound, null);
        }

        var s = await db.Subjects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == subjectId, cancellationToken);
        if (s is null)
        {
            return new StaffSubjectResult(StaffSubjectOutcome.NotFound, null);
        }

        var inScope = staff.CanSeeDistrict(s.DistrictCode);
        if (s.IsPerson)
        {
            if (!inScope)
            {
                return new StaffSubjectResult(StaffSubjectOutcome.NotFound, null);
            }

            if (string.IsNullOrWhiteSpace(purpose) || !Purposes.Contains(purpose.Trim(), StringComparer.Ordinal))
            {
                return new StaffSubjectResult(StaffSubjectOutcome.PurposeRequired, null);
            }

            await audit.WriteAsync(new AuditEntry(look.Action, look.Module, s.Id, Purpose: purpose.Trim(), Detail: look.Detail), cancellationToken);
        }

        return new StaffSubjectResult(StaffSubjectOutcome.Allowed, new StaffSubject(
            s.Id,
            s.IsPerson,
            s.Name,
            s.Uscc,
            s.IdNumberMasked,
            SubjectKinds.DisplayName(s.Kind),
            s.LegalRepresentative,
            s.RegisteredCapital,
            s.EstablishedOn,
            s.Address,
            RegistrationStatuses.DisplayName(s.Status, s.IsPerson),
            s.DistrictCode,
            s.IndustryCode is null ? null : $"{s.IndustryCode} {IndustrySections.NameOf(s.IndustryCode)}",
            s.Verification == VerificationStatus.Pending,
            inScope));
    }
}
