using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Dossier.Areas.Dossier.Models;

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
