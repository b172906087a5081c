using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Contracts.Subjects;
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
internal sealed record DossierPageViewModel(
    DossierHeader Header,
    IReadOnlyList<DossierTab> Tabs,
    DossierSection Current,
    PagedList<DossierEntry> Entries,
    string BaseUrl,
    bool IsStaffView,
    string? Notice,
    string? ReportUrl,
    string ReportLabel = "下载信用报告")
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

internal sealed record PurposeViewModel(long SubjectId, IReadOnlyList<string> Purposes);

/// <summary>The verification page: the form, and after a check the report found (or null: not genuine).</summary>
internal sealed record VerifyViewModel(string? Number, string? Code, Huzhou.Credit.Dossier.Domain.IssuedReport? Report, bool Checked);

/// <summary>The register of issued reports (credit office).</summary>
internal sealed record ReportRegisterViewModel(string? Uscc, PagedList<Huzhou.Credit.Dossier.Domain.IssuedReport> Reports);


/// <summary>The hall terminal's print view of a report just issued, with its QR code as a data: URI.</summary>
internal sealed record KioskReportViewModel(Huzhou.Credit.Dossier.Reports.CreditReportDocument Report, string QrCodeDataUri, string DossierUrl);

/// <summary>The 双公示 query page.</summary>
internal sealed record PublicityViewModel(
    string Type,
    string Query,
    string? Department,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<Huzhou.Credit.Contracts.Identity.DepartmentInfo> Departments,
    IReadOnlyDictionary<long, PublicOrganisation> Organisations,
    PagedList<PublicityEntry> Entries,
    string? Message,
    bool SubjectsCapped)
{
    private static readonly string[] PenaltyFields = ["违法行为类型", "处罚类别", "处罚内容", "罚款金额（万元）"];
    private static readonly string[] LicenceFields = ["行政许可决定文书名称", "许可类别", "许可内容", "有效期至"];

    public string DepartmentName(string code) => Departments.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    /// <summary>The few fields a result list shows (the dossier has them all): the standard columns that say what was decided.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> KeyFields(DossierEntry entry)
    {
        var wanted = Type == "licence" ? LicenceFields : PenaltyFields;
        var chosen = entry.Fields.Where(f => wanted.Contains(f.Key, StringComparer.Ordinal)).ToList();
        return chosen.Count > 0 ? chosen : entry.Fields.Take(3).ToList();
    }

}
