using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.Subjects.Features;

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
