using Huzhou.Credit.Contracts.Subjects;

namespace Huzhou.Credit.Lists.Seed;

/// <summary>
/// Which demo organisations a list type may plausibly name (issue #26 §5): market-regulation, tax, wage, safety and
/// court lists name market subjects (credit code registered by market regulation, 9…), never an archive, museum, welfare
/// home, school, hospital or association; the enterprise honours (A级纳税人, 海关高级认证, 守合同重信用, 诚信示范) name
/// companies (91…, …公司); the wage-arrears list prefers builders and the work-safety list manufacturers and mines.
/// </summary>
internal static class PlausibleListSubjects
{
    /// <summary>Name words of public bodies, institutions and non-profits, which no demo list names.</summary>
    private static readonly string[] NotMarketSubjects =
    [
        "档案馆", "博物馆", "纪念馆", "图书馆", "文化馆", "美术馆", "福利院", "敬老院", "学校", "学院", "小学", "中学", "幼儿园",
        "医院", "卫生院", "协会", "商会", "学会", "研究会", "基金会", "促进会", "联合会", "委员会", "人民政府",
    ];

    private static readonly string[] Employers = ["建设", "建筑", "工程", "劳务", "装饰", "市政", "园林", "安装", "钢结构"];

    private static readonly string[] Hazardous = ["制造", "化工", "蓄电池", "电源", "矿", "石料", "砂石", "建材", "水泥", "机械", "金属", "不锈钢", "铝业", "耐火", "涂料", "钢结构", "家具", "木业", "纺织", "印染"];

    /// <summary>Whether the organisation fits the list at all.</summary>
    public static bool Fits(string listTypeCode, OrganisationEntry organisation)
    {
        var code = organisation.Uscc;
        var name = organisation.Name;
        if (code.Length < 2 || code[0] != '9' || NotMarketSubjects.Any(w => name.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        var company = code[1] == '1' && name.Contains("公司", StringComparison.Ordinal);
        return listTypeCode switch
        {
            "AJNSR" or "HGGJRZ" or "SHTZXY" or "HZCXSF" => company,
            // 经营异常名录: enterprises and farmers' cooperatives (a sole trader is marked 经营异常状态 instead).
            "JYYCML" => code[1] is '1' or '3',
            "ZDSSWF" or "TQNMGGZ" or "AQSCYZSX" => company,
            _ => true,
        };
    }

    /// <summary>Whether the organisation is the kind the list usually names (preferred when the registry has one).</summary>
    public static bool Typical(string listTypeCode, OrganisationEntry organisation) => listTypeCode switch
    {
        "TQNMGGZ" => Employers.Any(w => organisation.Name.Contains(w, StringComparison.Ordinal)),
        "AQSCYZSX" => Hazardous.Any(w => organisation.Name.Contains(w, StringComparison.Ordinal)),
        "HGGJRZ" => organisation.Name.Contains("进出口", StringComparison.Ordinal) || Hazardous.Any(w => organisation.Name.Contains(w, StringComparison.Ordinal)),
        _ => true,
    };

    /// <summary>
    /// The organisation for a demo entry of a list: from <paramref name="start"/> (spread over the registry),
    /// the first typical one that fits and is not <paramref name="taken"/>, else the first that fits; null when none does.
    /// Deterministic for the same registry.
    /// </summary>
    public static OrganisationEntry? Pick(string listTypeCode, IReadOnlyList<OrganisationEntry> organisations, int start, ISet<string> taken)
    {
        OrganisationEntry? fallback = null;
        for (var k = 0; k < organisations.Count; k++)
        {
            var candidate = organisations[(start + k) % organisations.Count];
            if (taken.Contains(candidate.Uscc) || !Fits(listTypeCode, candidate))
            {
                continue;
            }

            if (Typical(listTypeCode, candidate))
            {
                return candidate;
            }

            fallback ??= candidate;
        }

        return fallback;
    }
}
