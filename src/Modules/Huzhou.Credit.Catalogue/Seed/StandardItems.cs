using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel;
using static Huzhou.Credit.Contracts.Catalogue.FieldType;

namespace Huzhou.Credit.Catalogue.Seed;

/// <summary>
/// The catalogue items every installation needs: the two double-publicity items with exactly the national
/// standard columns (domain.md §2), and one item for every other dossier section.
/// </summary>
internal static class StandardItems
{
    public static readonly FieldOption[] SubjectCategories = [new("01", "自然人"), new("02", "法人"), new("03", "非法人组织"), new("04", "个体工商户")];

    public static readonly FieldOption[] CertificateTypes =
        [new("01", "身份证"), new("02", "护照"), new("03", "港澳居民来往内地通行证"), new("04", "台湾居民来往大陆通行证"), new("05", "外国人永久居留身份证")];

    public static readonly FieldOption[] LicenceCategories = [new("01", "普通"), new("02", "特许"), new("03", "认可"), new("04", "核准"), new("05", "登记"), new("06", "其他")];

    /// <summary>行政处罚法 (2021) art. 9; codes are the platform's, files may carry the labels.</summary>
    public static readonly FieldOption[] PenaltyKinds =
    [
        new("01", "警告"), new("02", "通报批评"), new("03", "罚款"), new("04", "没收违法所得"), new("05", "没收非法财物"),
        new("06", "暂扣许可证件"), new("07", "降低资质等级"), new("08", "吊销许可证件"), new("09", "限制开展生产经营活动"),
        new("10", "责令停产停业"), new("11", "责令关闭"), new("12", "限制从业"), new("13", "行政拘留"), new("99", "其他"),
    ];

    public static readonly FieldOption[] Procedures = [new("01", "简易程序"), new("02", "一般程序")];

    private static readonly SubjectKind[] Organisations =
        [SubjectKind.Enterprise, SubjectKind.GovernmentOrgan, SubjectKind.PublicInstitution, SubjectKind.SocialOrganisation, SubjectKind.OtherOrganisation];

    private static readonly SubjectKind[] Everyone = [.. Organisations, SubjectKind.NaturalPerson];

    /// <summary>The standard licence columns, in order.</summary>
    public static IReadOnlyList<string> LicenceColumns => Licence().Fields.Select(f => f.Key).ToArray();

    /// <summary>The standard penalty columns, in order (案件程序类别, the Zhejiang addition, last).</summary>
    public static IReadOnlyList<string> PenaltyColumns => Penalty().Fields.Select(f => f.Key).ToArray();

    public static IReadOnlyList<CatalogueItemVersion> All() =>
    [
        Registration(), Licence(), Penalty(), RedList(), BlackList(), Certificates(), RandomInspection(), Commitment(), CommitmentBreach(),
        ProvincialEvaluation(), IndustryEvaluation(), Honours(), TaxArrears(), Volunteering(),
    ];

    // Field helpers: (key = label for the standard columns).
    private static CatalogueField T(string key, bool required = false, int max = 200, bool personal = false, bool isPublic = true, string? pattern = null) =>
        new(key, key, Text, required, max, pattern, [], personal, isPublic);

    private static CatalogueField D(string key, bool required = false, bool isPublic = true, bool openEnded = false) =>
        new(key, key, Date, required, null, null, [], false, isPublic, OpenEnded: openEnded);

    /// <summary>A validity or end date that may say 长期.</summary>
    private static CatalogueField Until(string key, bool required = false) => D(key, required, openEnded: true);

    private static CatalogueField N(string key, bool required = false, string? pattern = null, decimal? min = null, decimal? max = null, string? unit = null) =>
        new(key, key, FieldType.Decimal, required, null, pattern, [], false, true, min, max, unit);

    /// <summary>An amount of money in the column's unit (万元 or 元): never negative.</summary>
    private static CatalogueField Money(string key, string unit, bool required = false) => N(key, required, min: 0, unit: unit);

    private static CatalogueField E(string key, FieldOption[] options, bool required = false, bool isPublic = true) => new(key, key, FieldType.Enum, required, null, null, options, false, isPublic);

    private static CatalogueField Code(int n, string meaning) => new($"行政相对人代码_{n}", $"行政相对人代码_{n}（{meaning}）", Text, false, 50, null, [], false, true);

    private static CatalogueField U(string key, bool required = false) => new(key, key, Uscc, required, null, null, [], false, true);

    private static CatalogueField Id(string key, bool required = false) => new(key, key, IdNumber, required, null, null, [], true, false);

    private static CatalogueItemVersion Item(string code, string name, DossierSection section, InformationNature nature, IReadOnlyList<SubjectKind> kinds,
        string[] providers, Disclosure disclosure, PublicityRuleKind rule, int? months, string frequency, RecordKeyFields keys, CatalogueField[] fields) =>
        new(code, name, 1, section, nature, kinds, providers, disclosure, rule, months, frequency, keys, fields, false);

    /// <summary>行政相对人 columns shared by both double-publicity items (名称 … 证件号码).</summary>
    private static CatalogueField[] Counterpart() =>
    [
        T("行政相对人名称", required: true),
        E("行政相对人类别", SubjectCategories, required: true),
        new("行政相对人代码_1", "行政相对人代码_1（统一社会信用代码）", Uscc, false, null, null, [], false, true),
        Code(2, "工商注册号"),
        Code(3, "组织机构代码"),
        Code(4, "税务登记号"),
        Code(5, "事业单位证书号"),
        Code(6, "社会组织登记证号"),
        T("法定代表人", max: 50, personal: true),
        E("法定代表人证件类型", CertificateTypes, isPublic: false),
        // Legal representatives may hold passports or other documents: text, personal and never public.
        T("法定代表人证件号码", max: 64, personal: true, isPublic: false),
        E("证件类型", CertificateTypes, isPublic: false),
        Id("证件号码"),
    ];

    public static CatalogueItemVersion Licence() => Item(
        "XZXK", "行政许可信息", DossierSection.AdministrativeLicence, InformationNature.Neutral, Everyone,
        ["HZ-SJJ", "HZ-JSJ", "HZ-JTJ", "HZ-WJW", "HZ-STHJJ", "HZ-ZGJ", "HZ-NYJ", "HZ-SLJ", "HZ-WGLJ", "HZ-YJJ", "HZ-GAJ", "HZ-MZJ", "HZ-JYJ", "HZ-SW"],
        Disclosure.Public, PublicityRuleKind.FixedPeriod, 36, "实时（7个工作日内）",
        new RecordKeyFields("行政相对人名称", "行政相对人代码_1", "证件号码", "行政许可决定文书号", "许可决定日期"),
        [
            .. Counterpart(),
            T("行政许可决定文书名称", required: true, max: 128),
            T("行政许可决定文书号", required: true, max: 128),
            E("许可类别", LicenceCategories, required: true),
            T("许可证书名称", max: 128),
            T("许可编号", max: 128),
            T("许可内容", required: true, max: 4000),
            D("许可决定日期", required: true),
            D("有效期自", required: true),
            Until("有效期至", required: true),
            T("许可机关", required: true),
            U("许可机关统一社会信用代码", required: true),
            E("当前状态", [new("1", "有效"), new("2", "无效")], required: true),
            T("数据来源单位", required: true),
            U("数据来源单位统一社会信用代码", required: true),
            T("备注", max: 1000, isPublic: false),
        ]);

    public static CatalogueItemVersion Penalty() => Item(
        "XZCF", "行政处罚信息", DossierSection.AdministrativePenalty, InformationNature.Bad, Everyone,
        ["HZ-SJJ", "HZ-ZHZF", "HZ-STHJJ", "HZ-YJJ", "HZ-XF", "HZ-JSJ", "HZ-JTJ", "HZ-WJW", "HZ-ZGJ", "HZ-NYJ", "HZ-SLJ", "HZ-WGLJ", "HZ-GAJ", "HZ-SW", "HZ-RSJ", "HZ-YBJ"],
        Disclosure.Public, PublicityRuleKind.PenaltyClass, null, "实时（7个工作日内）",
        new RecordKeyFields("行政相对人名称", "行政相对人代码_1", "证件号码", "行政处罚决定书文号", "处罚决定日期"),
        [
            .. Counterpart(),
            T("行政处罚决定书文号", required: true, max: 128),
            T("违法行为类型", required: true, max: 2000),
            T("违法事实", required: true, max: 5000),
            T("处罚依据", required: true, max: 2000),
            new("处罚类别", "处罚类别", CodeList, true, null, null, PenaltyKinds, false, true),
            T("处罚内容", required: true, max: 4000),
            Money("罚款金额（万元）", "万元"),
            Money("没收违法所得、没收非法财物的金额（万元）", "万元"),
            T("暂扣或吊销证照名称及编号", max: 200),
            D("处罚决定日期", required: true),
            Until("处罚有效期"),
            Until("公示截止期"),
            T("处罚机关", required: true),
            U("处罚机关统一社会信用代码", required: true),
            T("数据来源单位", required: true),
            U("数据来源单位统一社会信用代码", required: true),
            T("备注", max: 1000, isPublic: false),
            // Zhejiang addition, last so that a file with only the national columns still matches in order.
            E("案件程序类别", Procedures),
        ]);

    private static CatalogueItemVersion Registration() => Item(
        "SCZTDJ", "市场主体登记信息", DossierSection.Overview, InformationNature.Basic, [SubjectKind.Enterprise],
        ["HZ-SJJ"], Disclosure.Public, PublicityRuleKind.Indefinite, null, "每日",
        new RecordKeyFields("主体名称", "统一社会信用代码", null, "统一社会信用代码", "成立日期"),
        [
            U("统一社会信用代码", required: true),
            T("主体名称", required: true),
            E("市场主体类型", [new("1", "有限责任公司"), new("2", "股份有限公司"), new("3", "个人独资企业"), new("4", "合伙企业"), new("5", "个体工商户"), new("6", "农民专业合作社"), new("9", "其他")], required: true),
            T("法定代表人", max: 50, personal: true),
            Money("注册资本（万元）", "万元"),
            D("成立日期", required: true),
            D("核准日期"),
            T("住所", max: 300),
            T("经营范围", max: 4000),
            T("登记机关", required: true),
            E("登记状态", [new("1", "存续（在业）"), new("2", "吊销"), new("3", "注销"), new("4", "迁出")], required: true),
        ]);

    private static CatalogueField[] ListColumns() =>
    [
        T("主体名称", required: true),
        U("统一社会信用代码"),
        Id("身份证号码"),
        T("名单名称", required: true, max: 100),
        T("列入事由", required: true, max: 2000),
        T("认定依据", required: true, max: 1000),
        T("认定部门", required: true),
        U("认定部门统一社会信用代码"),
        T("认定文书号", required: true, max: 128),
        D("列入日期", required: true),
        Until("有效期至"),
    ];

    private static CatalogueItemVersion RedList() => Item(
        "HMD", "守信激励对象（红名单）信息", DossierSection.RedList, InformationNature.Good, Everyone,
        ["HZ-FGW", "HZ-SW", "HZ-SJJ", "HZ-HG", "HZ-RSJ", "HZ-JSJ"], Disclosure.Public, PublicityRuleKind.FixedPeriod, 24, "每月",
        new RecordKeyFields("主体名称", "统一社会信用代码", "身份证号码", "认定文书号", "列入日期"), ListColumns());

    private static CatalogueItemVersion BlackList() => Item(
        "SXMD", "严重失信主体名单信息", DossierSection.BlackList, InformationNature.Bad, Everyone,
        ["HZ-FGW", "HZ-ZY", "HZ-SW", "HZ-SJJ", "HZ-RSJ", "HZ-YJJ", "HZ-STHJJ", "HZ-HG"], Disclosure.Public, PublicityRuleKind.FixedPeriod, 36, "实时",
        new RecordKeyFields("主体名称", "统一社会信用代码", "身份证号码", "认定文书号", "列入日期"),
        [.. ListColumns(), D("移出日期"), T("移出原因", max: 500)]);

    private static CatalogueItemVersion Certificates() => Item(
        "ZZXX", "资质资格证照信息", DossierSection.Certificates, InformationNature.Neutral, Everyone,
        ["HZ-JSJ", "HZ-JTJ", "HZ-WJW", "HZ-SJJ", "HZ-RSJ", "HZ-STHJJ", "HZ-YJJ"], Disclosure.Public, PublicityRuleKind.Indefinite, null, "每日",
        new RecordKeyFields("持证主体名称", "统一社会信用代码", "身份证号码", "证照编号", "发证日期"),
        [
            T("持证主体名称", required: true),
            U("统一社会信用代码"),
            Id("身份证号码"),
            T("证照名称", required: true, max: 128),
            T("证照编号", required: true, max: 128),
            T("资质等级", max: 50),
            T("颁发机关", required: true),
            D("发证日期", required: true),
            Until("有效期至"),
            E("证照状态", [new("1", "有效"), new("2", "注销"), new("3", "吊销"), new("4", "过期")], required: true),
        ]);

    private static CatalogueItemVersion RandomInspection() => Item(
        "SSJCC", "双随机抽查结果信息", DossierSection.RandomInspection, InformationNature.Neutral, Organisations,
        ["HZ-SJJ", "HZ-STHJJ", "HZ-YJJ", "HZ-WJW", "HZ-JSJ", "HZ-JTJ", "HZ-RSJ", "HZ-SW"], Disclosure.Public, PublicityRuleKind.FixedPeriod, 36, "实时（20个工作日内）",
        new RecordKeyFields("主体名称", "统一社会信用代码", null, "抽查任务编号", "抽查完成日期"),
        [
            T("主体名称", required: true),
            U("统一社会信用代码", required: true),
            T("抽查任务编号", required: true, max: 64),
            T("抽查任务名称", required: true),
            E("抽查类型", [new("1", "定向抽查"), new("2", "不定向抽查")], required: true),
            T("抽查事项", max: 500),
            T("抽查机关", required: true),
            D("抽查完成日期", required: true),
            E("抽查结果", [new("1", "未发现问题"), new("2", "未按规定公示应当公示的信息"), new("3", "公示信息隐瞒真实情况、弄虚作假"), new("4", "通过登记的住所（经营场所）无法联系"), new("5", "发现问题已责令改正"), new("6", "不配合检查情节严重"), new("7", "未发现开展本次抽查涉及的经营活动"), new("8", "发现问题待后续处理")], required: true),
        ]);

    private static CatalogueItemVersion Commitment() => Item(
        "XYCN", "信用承诺信息", DossierSection.Commitment, InformationNature.Neutral, Everyone,
        ["HZ-FGW", "HZ-SJJ", "HZ-JSJ", "HZ-SFJ", "HZ-RSJ", "HZ-SW", "HZ-STHJJ"], Disclosure.Public, PublicityRuleKind.FixedPeriod, 36, "实时",
        new RecordKeyFields("承诺主体名称", "统一社会信用代码", "身份证号码", "承诺书编号", "承诺日期"),
        [
            T("承诺主体名称", required: true),
            U("统一社会信用代码"),
            Id("身份证号码"),
            E("承诺类型", [new("01", "审批替代型"), new("02", "主动型"), new("03", "行业自律型"), new("04", "信用修复型")], required: true),
            T("承诺事项", required: true, max: 500),
            T("承诺内容", required: true, max: 4000),
            T("承诺书编号", required: true, max: 128),
            D("承诺日期", required: true),
            Until("承诺期限至"),
            T("承诺受理部门", required: true),
            E("履约状态", [new("1", "履约中"), new("2", "已践诺"), new("3", "违诺"), new("4", "已撤回")], required: true),
            D("核查日期"),
        ]);

    /// <summary>志愿服务信息: hours of volunteer service of persons (志愿浙江 / 团市委), points in the integrity score.</summary>
    private static CatalogueItemVersion Volunteering() => Item(
        "ZYFW", "志愿服务信息", DossierSection.Other, InformationNature.Good, [SubjectKind.NaturalPerson],
        ["HZ-TSW", "HZ-XCB"], Disclosure.GovernmentSharing, PublicityRuleKind.FixedPeriod, 36, "每月",
        new RecordKeyFields("志愿者姓名", null, "身份证号码", "服务记录编号", "服务日期"),
        [
            T("志愿者姓名", required: true),
            Id("身份证号码", required: true),
            T("服务记录编号", required: true, max: 64),
            T("服务项目", required: true, max: 200),
            N("服务时长（小时）", required: true, pattern: @"^[0-9]{1,3}(\.[0-9])?$", min: 0, unit: "小时"),
            D("服务日期", required: true),
            T("记录单位", required: true),
        ]);

    /// <summary>违背信用承诺信息: written by the Commitments module when the recipient department finds a commitment breached.</summary>
    private static CatalogueItemVersion CommitmentBreach() => Item(
        "XYWN", "违背信用承诺信息", DossierSection.Commitment, InformationNature.Bad, Everyone,
        ["HZ-FGW", "HZ-SJJ", "HZ-JSJ", "HZ-SFJ", "HZ-RSJ", "HZ-SW", "HZ-STHJJ"], Disclosure.Public, PublicityRuleKind.FixedPeriod, 36, "实时",
        new RecordKeyFields("承诺主体名称", "统一社会信用代码", "身份证号码", "违诺认定编号", "认定日期"),
        [
            T("承诺主体名称", required: true),
            U("统一社会信用代码"),
            Id("身份证号码"),
            T("违诺认定编号", required: true, max: 128),
            T("承诺书编号", required: true, max: 128),
            E("承诺类型", [new("01", "审批替代型"), new("02", "主动型"), new("03", "行业自律型"), new("04", "信用修复型")], required: true),
            T("承诺事项", required: true, max: 500),
            T("违诺情形", required: true, max: 2000),
            T("认定部门", required: true),
            D("认定日期", required: true),
        ]);

    private static CatalogueItemVersion ProvincialEvaluation() => Item(
        "GGXYPJ", "浙江省公共信用评价结果", DossierSection.IndustryEvaluation, InformationNature.Neutral, Everyone,
        ["HZ-XYZX"], Disclosure.GovernmentSharing, PublicityRuleKind.FixedPeriod, 12, "每月",
        new RecordKeyFields("主体名称", "统一社会信用代码", "身份证号码", "评价批次", "评价日期"),
        [
            T("主体名称", required: true),
            U("统一社会信用代码"),
            Id("身份证号码"),
            T("评价批次", required: true, max: 32, pattern: "^[0-9]{6}$"),
            // 1000-point scale: 0..1000 with up to two decimals.
            N("评价分值", required: true, pattern: @"^(1000(\.0{1,2})?|[0-9]{1,3}(\.[0-9]{1,2})?)$", min: 0, max: 1000, unit: "分"),
            E("评价等级", [new("1", "优秀"), new("2", "良好"), new("3", "中等"), new("4", "较差")], required: true),
            D("评价日期", required: true),
            T("评价机构", required: true),
        ]);

    private static CatalogueItemVersion IndustryEvaluation() => Item(
        "HYXYPJ", "行业信用评价信息", DossierSection.IndustryEvaluation, InformationNature.Neutral, Organisations,
        ["HZ-SW", "HZ-JSJ", "HZ-JTJ", "HZ-STHJJ", "HZ-SLJ", "HZ-HG", "HZ-RSJ"], Disclosure.Public, PublicityRuleKind.FixedPeriod, 12, "每年",
        new RecordKeyFields("主体名称", "统一社会信用代码", null, "评价文号", "评价日期"),
        [
            T("主体名称", required: true),
            U("统一社会信用代码", required: true),
            T("评价领域", required: true, max: 100),
            T("评价年度", required: true, max: 4, pattern: "^[0-9]{4}$"),
            T("评价等级", required: true, max: 20),
            N("评价分值", min: 0),
            T("评价部门", required: true),
            T("评价文号", required: true, max: 128),
            D("评价日期", required: true),
            Until("有效期至"),
        ]);

    private static CatalogueItemVersion Honours() => Item(
        "BZRY", "表彰荣誉信息", DossierSection.Honour, InformationNature.Good, Everyone,
        ["HZ-SZFB", "HZ-XCB", "HZ-RSJ", "HZ-ZGH", "HZ-TSW", "HZ-FL", "HZ-JXJ", "HZ-KJJ"], Disclosure.Public, PublicityRuleKind.FixedPeriod, 36, "每季度",
        new RecordKeyFields("获得者名称", "统一社会信用代码", "身份证号码", "表彰文号", "授予日期"),
        [
            T("获得者名称", required: true),
            U("统一社会信用代码"),
            Id("身份证号码"),
            T("荣誉名称", required: true),
            E("荣誉级别", [new("1", "国家级"), new("2", "省级"), new("3", "市级"), new("4", "区县级")], required: true),
            T("授予机关", required: true),
            T("表彰文号", required: true, max: 128),
            D("授予日期", required: true),
            Until("有效期至"),
        ]);

    private static CatalogueItemVersion TaxArrears() => Item(
        "QSXX", "欠税信息", DossierSection.Other, InformationNature.Bad, [.. Organisations, SubjectKind.NaturalPerson],
        ["HZ-SW"], Disclosure.Public, PublicityRuleKind.Indefinite, null, "每季度",
        new RecordKeyFields("纳税人名称", "纳税人识别号", "身份证号码", "公告编号", "公告日期"),
        [
            T("纳税人名称", required: true),
            U("纳税人识别号"),
            Id("身份证号码"),
            T("法定代表人（负责人）", max: 50, personal: true),
            T("欠税税种", required: true, max: 200),
            Money("欠税余额（元）", "元", required: true),
            Money("当期新发生欠税余额（元）", "元"),
            T("欠税所属期", max: 50),
            T("公告编号", required: true, max: 128),
            D("公告日期", required: true),
            T("主管税务机关", required: true),
        ]);
}
