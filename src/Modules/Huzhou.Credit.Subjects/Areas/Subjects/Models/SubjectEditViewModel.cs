using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.Subjects.Domain;

namespace Huzhou.Credit.Subjects.Areas.Subjects.Models;

internal sealed record SubjectEditViewModel(SubjectForm Form, IReadOnlyList<DistrictInfo> Districts, bool OfferWarningAcceptance, Subject? Existing)
{
    public bool IsNew => Form.Id is null;

    public static IReadOnlyList<SubjectKind> OrganisationKinds { get; } =
        [SubjectKind.Enterprise, SubjectKind.GovernmentOrgan, SubjectKind.PublicInstitution, SubjectKind.SocialOrganisation, SubjectKind.OtherOrganisation];
}
