using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Features;

namespace Huzhou.Credit.Subjects.Areas.Subjects.Models;

internal sealed record SubjectIndexViewModel(
    string? Q,
    SubjectKind? Kind,
    string? District,
    bool WarningsOnly,
    SearchPage Page,
    IReadOnlyList<DistrictInfo> Districts,
    bool MayRegister)
{
    public string DistrictName(string code) => Districts.FirstOrDefault(d => d.Code == code)?.Name ?? code;
}

internal sealed record SubjectDetailsViewModel(SubjectDetailsView View, IReadOnlyList<DistrictInfo> Districts, string? Purpose)
{
    public Subject Subject => View.Subject;

    public string DistrictName(string code) => Districts.FirstOrDefault(d => d.Code == code)?.Name ?? code;
}

internal sealed record PurposeViewModel(long SubjectId, IReadOnlyList<string> Purposes);

internal sealed record SubjectEditViewModel(SubjectForm Form, IReadOnlyList<DistrictInfo> Districts, bool OfferWarningAcceptance, Subject? Existing)
{
    public bool IsNew => Form.Id is null;

    public static IReadOnlyList<SubjectKind> OrganisationKinds { get; } =
        [SubjectKind.Enterprise, SubjectKind.GovernmentOrgan, SubjectKind.PublicInstitution, SubjectKind.SocialOrganisation, SubjectKind.OtherOrganisation];
}
