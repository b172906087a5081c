using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Subjects;

namespace Huzhou.Credit.Dossier.Features;

/// <summary>The "1" of 1+9+X: the subject's name, badges and labelled registration facts, for pages and the report.</summary>
internal sealed record DossierHeader(string Name, string? Code, IReadOnlyList<DossierBadge> Badges, IReadOnlyList<KeyValuePair<string, string>> Facts)
{
    private const string None = "—";

    /// <summary>The public overview of an organisation (no personal data: the legal representative's name only).</summary>
    public static DossierHeader ForPublic(PublicOrganisation o, string districtName, IReadOnlyList<DossierTab> tabs, string? evaluation = null) => new(
        o.Name,
        o.Uscc,
        BadgesFor(o.StatusName, o.PendingVerification, tabs),
        WithEvaluation(OrganisationFacts(o.Uscc, o.KindName, o.LegalRepresentative, o.RegisteredCapital, o.EstablishedOn, o.Address, o.StatusName, districtName, o.IndustryName), evaluation));

    /// <summary>The staff overview: organisations as above; persons with their masked ID number.</summary>
    public static DossierHeader ForStaff(StaffSubject s, string districtName, IReadOnlyList<DossierTab> tabs, string? evaluation = null)
    {
        var facts = s.IsPerson
            ? new List<KeyValuePair<string, string>>
            {
                new("姓名", s.Name),
                new("身份证号码", s.MaskedIdNumber ?? None),
                new("主体类别", s.KindName),
                new("状态", s.StatusName),
                new("户籍所在区县", districtName),
            }
            : OrganisationFacts(s.Uscc ?? None, s.KindName, s.LegalRepresentative, s.RegisteredCapital, s.EstablishedOn, s.Address, s.StatusName, districtName, s.IndustryName);
        return new DossierHeader(s.Name, s.IsPerson ? s.MaskedIdNumber : s.Uscc, BadgesFor(s.StatusName, s.PendingVerification, tabs), WithEvaluation(facts, evaluation));
    }

    /// <summary>The provincial public credit evaluation, when one exists and the audience may see it.</summary>
    private static List<KeyValuePair<string, string>> WithEvaluation(List<KeyValuePair<string, string>> facts, string? evaluation)
    {
        if (evaluation is not null)
        {
            facts.Add(new("公共信用评价", evaluation));
        }

        return facts;
    }

    private static List<KeyValuePair<string, string>> OrganisationFacts(
        string uscc, string kind, string? legalRepresentative, decimal? capital, DateOnly? established, string? address, string status, string district, string? industry) =>
    [
        new("统一社会信用代码", uscc),
        new("主体类别", kind),
        new("法定代表人", legalRepresentative ?? None),
        new("注册资本", capital is { } c ? c.ToString("#,0.####") + " 万元" : None),
        new("成立日期", established?.ToString("yyyy-MM-dd") ?? None),
        new("登记状态", status),
        new("住所", address ?? None),
        new("所属区县", district),
        new("行业门类", industry ?? None),
    ];

    private static List<DossierBadge> BadgesFor(string status, bool pending, IReadOnlyList<DossierTab> tabs)
    {
        var badges = new List<DossierBadge> { new(status, status.StartsWith("存续", StringComparison.Ordinal) || status == "正常" ? "text-bg-success" : "text-bg-secondary") };
        if (pending)
        {
            badges.Add(new DossierBadge("待核实", "text-bg-warning", "由部门报送数据创建，登记信息尚待核实"));
        }

        if (tabs.FirstOrDefault(t => t.Section == DossierSection.BlackList)?.Count > 0)
        {
            badges.Add(new DossierBadge("列入黑名单", "text-bg-danger"));
        }

        if (tabs.FirstOrDefault(t => t.Section == DossierSection.RedList)?.Count > 0)
        {
            badges.Add(new DossierBadge("列入红名单", "text-bg-primary"));
        }

        return badges;
    }
}
