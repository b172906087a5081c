using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Dossier.Features;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Dossier.Areas.Dossier.Models;

/// <summary>
/// One dossier page (public, staff or hall terminal): the overview, the tabs with counts and one page of a section.
/// </summary>
/// <param name="Header">The overview.</param>
/// <param name="Tabs">The nine sections and 其他 with their counts.</param>
/// <param name="Current">The section shown.</param>
/// <param name="Entries">Its page of entries.</param>
/// <param name="BaseUrl">The page's address without section and page (it may carry a purpose).</param>
/// <param name="IsStaffView">Entries link to the owning module's page; all records are listed with their status.</param>
/// <param name="Notice">A note above the tabs (e.g. outside the user's district), or null.</param>
/// <param name="ReportUrl">Where the credit report of this subject is issued (a POST), or null where none is offered.</param>
/// <param name="ReportLabel">The report button's text (下载信用报告, or 打印信用报告 at a hall terminal).</param>
/// <param name="Risk">The organisation's risk signal level (风险提示) on the staff view within the user's districts, else null.</param>
internal sealed record DossierPageViewModel(
    DossierHeader Header,
    IReadOnlyList<DossierTab> Tabs,
    DossierSection Current,
    PagedList<DossierEntry> Entries,
    string BaseUrl,
    bool IsStaffView,
    string? Notice,
    string? ReportUrl,
    string ReportLabel = "下载信用报告",
    Huzhou.Credit.Contracts.Monitoring.RiskLevel? Risk = null)
{
    public string SectionUrl(DossierSection section, int page = 1) =>
        BaseUrl + (BaseUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"section={section}" + (page > 1 ? $"&page={page}" : "");

    /// <summary>The purpose carried in <see cref="BaseUrl"/> (staff views of persons), appended to links to record pages.</summary>
    public string EntryLink(DossierEntry entry)
    {
        var q = BaseUrl.IndexOf('?', StringComparison.Ordinal);
        return entry.StaffLink + (q >= 0 ? BaseUrl[q..] : "");
    }
}
