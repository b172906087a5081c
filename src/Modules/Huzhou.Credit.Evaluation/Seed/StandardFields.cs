using Huzhou.Credit.Evaluation.Domain;

namespace Huzhou.Credit.Evaluation.Seed;

/// <summary>
/// The fields the city grades first, with their supervising departments and a version-1 model each. The weights are
/// the platform's own configuration (the provincial weights are not public, domain.md §7): the provincial public credit
/// evaluation as the base, bad records by class over three years with decay, lists, commitments, honours and repairs.
/// The credit office adds the remaining fields and new model versions on screen.
/// </summary>
internal static class StandardFields
{
    public static IReadOnlyList<(string Code, string Name, string Department, string DepartmentName, string[] Sections, string[] Keywords, string Description)> All { get; } =
    [
        ("JZY", "建筑业", "HZ-JSJ", "湖州市住房和城乡建设局", ["E"], [], "建筑施工、装饰装修、市政与园林工程等建筑业企业信用评价，结果用于招投标信用分和差异化监管。"),
        ("SPSC", "食品生产", "HZ-SJJ", "湖州市市场监督管理局", ["C"], ["食品", "茶业", "白茶", "粮油", "酒业"], "食品生产许可企业信用风险分级，结果用于日常监督检查频次。"),
        ("CYFW", "餐饮服务", "HZ-SJJ", "湖州市市场监督管理局", ["H"], ["餐饮", "饭店", "酒家", "农家乐", "餐厅"], "餐饮服务单位食品安全信用分级。"),
        ("YPLS", "药品零售", "HZ-SJJ", "湖州市市场监督管理局", ["F"], ["医药", "药房", "药店", "大药房"], "药品零售企业信用分级（市市场监管局药品监管部门）。"),
        ("DLYS", "道路运输", "HZ-JTJ", "湖州市交通运输局", ["G"], ["运输", "物流", "货运", "客运", "快递"], "道路运输经营者质量信誉与信用评价。"),
        ("LY", "旅游", "HZ-WGLJ", "湖州市文化广电旅游局", ["L", "N", "H"], ["旅行社", "旅游", "景区", "民宿", "度假"], "旅行社、景区及民宿等旅游市场主体信用评价。"),
        ("JZFW", "家政服务", "HZ-SWJ", "湖州市商务局", ["O", "L"], ["家政", "保洁"], "家政服务企业信用评价，结果接入家政服务信用信息平台。"),
        ("WYGL", "物业管理", "HZ-JSJ", "湖州市住房和城乡建设局", ["K"], ["物业"], "物业服务企业信用评价。"),
        ("STHJ", "生态环境", "HZ-STHJJ", "湖州市生态环境局", ["B", "C", "D"], [], "工业企业环境信用评价（绿、蓝、黄、红、黑五色管理的城市版本）。"),
        ("AQSC", "安全生产", "HZ-YJJ", "湖州市应急管理局", ["B", "C", "D"], ["化工", "矿业", "石矿", "砂石", "燃气", "天然气", "涂料", "水泥", "耐火材料", "铝业", "钢结构"], "危险化学品、矿山、燃气等重点行业生产经营单位安全生产信用分级。"),
    ];

    /// <summary>The version-1 model of a field (the same structure everywhere; 生态环境 names its grades by colour).</summary>
    public static ModelDefinition ModelFor(string fieldCode) => new(
        100m,
        [
            new Indicator(IndicatorKind.Base, "基础分", 30m),
            new Indicator(IndicatorKind.ProvincialScore, "省公共信用评价", 0.07m, Cap: 70m, DefaultPoints: 49m),
            new Indicator(IndicatorKind.BadRecords, "严重失信记录", -15m, Cap: 45m, Years: 3, Decay: 0.8m, PenaltyClass: 3),
            new Indicator(IndicatorKind.BadRecords, "一般失信记录", -4m, Cap: 24m, Years: 3, Decay: 0.8m, PenaltyClass: 2),
            new Indicator(IndicatorKind.BadRecords, "轻微失信记录", -1m, Cap: 5m, Years: 1, PenaltyClass: 1),
            new Indicator(IndicatorKind.ListsInForce, "黑名单", -40m, Cap: 80m, Black: true),
            new Indicator(IndicatorKind.ListsInForce, "红名单", 5m, Cap: 10m, Black: false),
            new Indicator(IndicatorKind.CommitmentsKept, "信用承诺践诺", 1m, Cap: 5m, Years: 3),
            new Indicator(IndicatorKind.CommitmentsBreached, "信用承诺违诺", -10m, Cap: 30m, Years: 3),
            new Indicator(IndicatorKind.Honours, "表彰荣誉", 3m, Cap: 9m, Years: 3),
            new Indicator(IndicatorKind.Repairs, "主动信用修复", 1m, Cap: 3m, Years: 3),
        ],
        fieldCode == "STHJ"
            ?
            [
                new GradeBand("A", "绿牌（环保诚信）", 90m, "原则上不主动抽查，仅按投诉举报核查", 2m),
                new GradeBand("B", "蓝牌（环保良好）", 75m, "每年抽查不超过 1 次", 5m),
                new GradeBand("C", "黄牌（环保警示）", 60m, "每半年抽查 1 次", 15m),
                new GradeBand("D", "红牌（环保不良）", 0m, "每季度检查，列为重点监管对象", 100m),
            ]
            :
            [
                new GradeBand("A", "A级（诚信）", 90m, "每年抽查不超过 1 次，可实施“无事不扰”", 3m),
                new GradeBand("B", "B级（较好）", 75m, "每年抽查 1 次", 5m),
                new GradeBand("C", "C级（一般）", 60m, "每半年抽查 1 次，提高抽查比例", 15m),
                new GradeBand("D", "D级（较差）", 0m, "每季度检查 1 次，列为重点监管对象", 100m),
            ]);
}
