namespace Huzhou.Credit.Publicity.Features;

/// <summary>The standard columns every installation has (seeded by <c>PublicitySeeder</c>): slug, name, description.</summary>
internal static class StandardColumns
{
    public const string News = "news";
    public const string Policy = "policy";
    public const string Cases = "cases";
    public const string RiskAlerts = "risk-alerts";
    public const string Honours = "honours";

    /// <summary>Slugs a special column may not take (the CMS's own addresses).</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "manage", "files", "columns", "feed", "feed.atom" };

    public static IReadOnlyList<(string Slug, string Name, string Description)> All { get; } =
    [
        (News, "信用动态", "信用湖州建设的工作动态和新闻。"),
        (Policy, "政策法规", "社会信用体系建设的法律法规、政策文件和标准规范。"),
        (Cases, "典型案例", "失信联合惩戒和守信联合激励的典型案例。"),
        (RiskAlerts, "风险提示", "信用办发布的信用风险提示。"),
        (Honours, "诚信典型", "诚信经营、诚实守信的先进典型。"),
    ];
}
