using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Seed;

/// <summary>The publicity rule versions of domain.md §3 and a starting penalty-class mapping; all editable data.</summary>
internal static class StandardPublicityRules
{
    /// <summary>Sectors with a longer minimum under the 2023 rule: work safety, fire, special equipment (market regulation).</summary>
    public static readonly string[] LongMinimumSectors2023 = ["HZ-YJJ", "HZ-XF", "HZ-SJJ"];

    public static IReadOnlyList<PublicityRuleVersion> Versions() =>
    [
        new() { Code = "2019", Name = "2019 年行政处罚信息信用修复规定", BasisDocument = "国家发展改革委办公厅关于进一步完善“信用中国”网站及地方信用门户网站行政处罚信息信用修复机制的通知（发改办财金〔2019〕527号）", EffectiveFrom = new DateOnly(2019, 5, 1) },
        new() { Code = "2023", Name = "2023 年失信行为纠正后的信用信息修复管理办法", BasisDocument = "失信行为纠正后的信用信息修复管理办法（试行）（国家发展改革委令第58号）", EffectiveFrom = new DateOnly(2023, 5, 1) },
        new() { Code = "2025", Name = "2025 年信用修复新规", BasisDocument = "国务院办公厅关于进一步完善信用修复制度的意见（国办发〔2025〕22号）；国家发展改革委令第36号", EffectiveFrom = new DateOnly(2026, 4, 1) },
    ];

    public static IReadOnlyList<PublicityRulePeriod> Periods()
    {
        var rows = new List<PublicityRulePeriod>
        {
            Row("2019", PenaltyClass.General, 3, 12),
            Row("2019", PenaltyClass.Serious, 6, 36),
            Row("2023", PenaltyClass.General, 3, 36),
            // domain.md leaves 2023 "serious" blank; Order 58 keeps the 3-year maximum and a 1-year minimum for serious cases.
            Row("2023", PenaltyClass.Serious, 12, 36),
            // Minor under 2025: published for at most 3 months and repairable as soon as the obligation is met.
            Row("2025", PenaltyClass.Minor, null, 3),
            Row("2025", PenaltyClass.General, 3, 12),
            Row("2025", PenaltyClass.Serious, 12, 36),
        };
        rows.AddRange(LongMinimumSectors2023.Select(s => Row("2023", PenaltyClass.General, 12, 36, s)));
        return rows;
    }

    public static IReadOnlyList<PenaltyClassMapping> Mappings()
    {
        var rows = new List<PenaltyClassMapping>
        {
            Map(PenaltyClassMapping.AnyKind, PenaltyClass.Minor, procedure: "01", note: "简易程序作出的处罚为轻微"),
            Map("警告", PenaltyClass.Minor),
            Map("通报批评", PenaltyClass.Minor),
            Map("罚款", PenaltyClass.General),
            Map("罚款", PenaltyClass.Serious, minimumFine: 50m, note: "罚款 50 万元及以上为严重"),
            Map("没收违法所得", PenaltyClass.General),
            Map("没收非法财物", PenaltyClass.General),
            Map("暂扣许可证件", PenaltyClass.General),
            Map("降低资质等级", PenaltyClass.General),
            Map("吊销许可证件", PenaltyClass.Serious),
            Map("限制开展生产经营活动", PenaltyClass.Serious),
            Map("责令停产停业", PenaltyClass.Serious),
            Map("责令关闭", PenaltyClass.Serious),
            Map("限制从业", PenaltyClass.Serious),
            Map("行政拘留", PenaltyClass.Serious),
            Map("其他", PenaltyClass.General),
        };
        return rows;
    }

    private static PublicityRulePeriod Row(string rule, PenaltyClass c, int? min, int? max, string? sector = null) =>
        new() { RuleCode = rule, Class = c, MinMonths = min, MaxMonths = max, Sector = sector, Published = true };

    private static PenaltyClassMapping Map(string kind, PenaltyClass c, string? procedure = null, decimal? minimumFine = null, string? note = null) =>
        new() { PenaltyKind = kind, Class = c, Procedure = procedure, MinimumFine = minimumFine, Note = note, CreatedBy = CatalogueSeeder.Actor, IsActive = true };
}
