using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Features;
using Huzhou.Credit.Subjects.Records;

namespace Huzhou.Credit.Subjects.Areas.Subjects.Models;

internal sealed record SubjectIndexViewModel(
    string? Q,
    SubjectKind? Kind,
    string? District,
    bool WarningsOnly,
    SearchPage Page,
    IReadOnlyList<DistrictInfo> Districts,
    bool MayRegister,
    bool PendingOnly,
    string? Purpose,
    IReadOnlyList<string> Purposes)
{
    public string DistrictName(string code) => Districts.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    /// <summary>A result's link: a person's page asks for a purpose, so the search's purpose travels along.</summary>
    public string SubjectUrl(SubjectSearchRow row) =>
        row.Kind == SubjectKind.NaturalPerson && Page.Purpose is { } p ? $"/subjects/{row.Id}?purpose={Uri.EscapeDataString(p)}" : $"/subjects/{row.Id}";
}

internal sealed record SubjectDetailsViewModel(
    SubjectDetailsView View,
    IReadOnlyList<DistrictInfo> Districts,
    string? Purpose,
    PagedList<CreditRecordRow> Records,
    bool MayVerify)
{
    public Subject Subject => View.Subject;

    public string RecordUrl(long recordId) =>
        $"/subjects/{Subject.Id}/records/{recordId}" + (Purpose is null ? "" : "?purpose=" + Uri.EscapeDataString(Purpose));

    public string DistrictName(string code) => Districts.FirstOrDefault(d => d.Code == code)?.Name ?? code;
}

/// <summary>The staff record page.</summary>
/// <param name="Subject">The record's subject.</param>
/// <param name="Detail">The record, its labelled (masked) fields and its history.</param>
/// <param name="Purpose">The purpose stated for a person's page, carried along.</param>
/// <param name="Revealed">After an allowed, audited reveal: label → full value of the record's personal fields; else null (masked values shown).</param>
/// <param name="MayReveal">Whether the user may reveal them (role, district) and the record has any.</param>
/// <param name="RevealPurposes">The purposes offered for a reveal.</param>
internal sealed record CreditRecordViewModel(Subject Subject, CreditRecordDetailView Detail, string? Purpose,
    IReadOnlyDictionary<string, string>? Revealed = null, bool MayReveal = false, IReadOnlyList<string>? RevealPurposes = null)
{
    public string SubjectUrl => $"/subjects/{Subject.Id}" + (Purpose is null ? "" : "?purpose=" + Uri.EscapeDataString(Purpose));
}

internal sealed record PurposeViewModel(long SubjectId, IReadOnlyList<string> Purposes);

internal sealed record SubjectEditViewModel(SubjectForm Form, IReadOnlyList<DistrictInfo> Districts, bool OfferWarningAcceptance, Subject? Existing)
{
    public bool IsNew => Form.Id is null;

    public static IReadOnlyList<SubjectKind> OrganisationKinds { get; } =
        [SubjectKind.Enterprise, SubjectKind.GovernmentOrgan, SubjectKind.PublicInstitution, SubjectKind.SocialOrganisation, SubjectKind.OtherOrganisation];
}
