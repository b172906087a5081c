using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Subjects.Records;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// When the subject page and a record page offer 提出名单 (a link to the Lists module's proposal form with the subject
/// and the record in the address; the Lists module checks everything again and refuses what is not allowed).
/// </summary>
internal static class ListProposalLinks
{
    /// <summary>The roles that propose list entries, for a subject in their districts.</summary>
    public static bool MayPropose(ICurrentStaff staff, string subjectDistrict) =>
        (staff.IsInRole(CreditRoles.DepartmentStaff) || staff.IsInRole(CreditRoles.DepartmentReviewer) || staff.IsInRole(CreditRoles.CreditOffice))
        && staff.CanSeeDistrict(subjectDistrict);

    /// <summary>A bad record may be a proposal's basis for the department that delivered it (谁认定、谁提出) and the credit office.</summary>
    public static bool MayRestOn(ICurrentStaff staff, string subjectDistrict, CreditRecordDetailView record) =>
        record.IsBad && MayPropose(staff, subjectDistrict)
        && (staff.IsInRole(CreditRoles.CreditOffice) || string.Equals(record.Record.ProviderDepartment, staff.DepartmentCode, StringComparison.Ordinal));
}
