using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Features;
using Huzhou.Credit.Subjects.Records;

namespace Huzhou.Credit.Subjects.Areas.Subjects.Models;

internal sealed record SubjectDetailsViewModel(
    SubjectDetailsView View,
    IReadOnlyList<DistrictInfo> Districts,
    string? Purpose,
    PagedList<CreditRecordRow> Records,
    bool MayVerify,
    bool MayProposeList = false,
    Huzhou.Credit.Contracts.Monitoring.RiskLevel? Risk = null)
{
    public Subject Subject => View.Subject;

    public string RecordUrl(long recordId) =>
        $"/subjects/{Subject.Id}/records/{recordId}" + (Purpose is null ? "" : "?purpose=" + Uri.EscapeDataString(Purpose));

    public string DistrictName(string code) => Districts.FirstOrDefault(d => d.Code == code)?.Name ?? code;
}
