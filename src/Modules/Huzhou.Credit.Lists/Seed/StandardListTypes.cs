using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.SharedKernel;

namespace Huzhou.Credit.Lists.Seed;

/// <summary>
/// The list types the city works with: national black lists with their legal basis (domain.md §4) and the red
/// lists (national, provincial and Huzhou's own). Seeded once; afterwards they are the credit office's data.
/// </summary>
internal static class StandardListTypes
{
    private static readonly short[] Organisations =
        [(short)SubjectKind.Enterprise, (short)SubjectKind.PublicInstitution, (short)SubjectKind.SocialOrganisation];

    private static readonly short[] OrganisationsAndPersons =
        [(short)SubjectKind.Enterprise, (short)SubjectKind.PublicInstitution, (short)SubjectKind.SocialOrganisation, (short)SubjectKind.NaturalPerson];

    // The departments that decide each list (谁认定、谁提出), by the codes of the department catalogue: the city bureau
    // and its district and county counterparts. The migration ListProposalAuthorities sets the same on an installation
    // that already has the types; afterwards the city credit office keeps them on /lists/types/{code}/authorities.
    private static readonly string[] Courts = ["HZ-ZY", "WX-FY", "NX-FY", "DQ-FY", "CX-FY", "AJ-FY"];

    private static readonly string[] Tax = ["HZ-SW", "WX-SW", "NX-SW", "DQ-SW", "CX-SW", "AJ-SW"];

    private static readonly string[] MarketRegulation = ["HZ-SJJ", "WX-SJJ", "NX-SJJ", "DQ-SJJ", "CX-SJJ", "AJ-SJJ", "NTH-SJJ"];

    private static readonly string[] HumanResources = ["HZ-RSJ", "WX-RSJ", "NX-RSJ", "DQ-RSJ", "CX-RSJ", "AJ-RSJ"];

    private static readonly string[] EmergencyManagement = ["HZ-YJJ", "WX-YJJ", "NX-YJJ", "DQ-YJJ", "CX-YJJ", "AJ-YJJ"];

    private static readonly string[] Customs = ["HZ-HG"];

    private static readonly string[] CreditOffice = ["HZ-FGW"];

    public static IReadOnlyList<ListType> All { get; } =
    [
        new()
        {
            Code = "SXBZXR", Name = "失信被执行人", Kind = ListKind.Black, SortOrder = 10,
            AuthorityDepartments = Courts,
            LegalBasis = "《中华人民共和国民事诉讼法》；《最高人民法院关于公布失信被执行人名单信息的若干规定》（法释〔2017〕7号）",
            DecidingAuthority = "人民法院", SubjectKinds = OrganisationsAndPersons,
            EntryCriteria = "被执行人有履行能力而拒不履行生效法律文书确定义务，或以伪造证据、暴力、威胁等方法妨碍、抗拒执行，或违反财产报告制度、限制消费令，或无正当理由拒不履行执行和解协议等情形。",
            // The court delivers each entry's period (法释〔2017〕7号 第二条: 一般为二年, 可延长或提前删除): the entry's
            // expiry is the one the court's data carries; without it the entry stays until the court removes it.
            ValidityMonths = null, EarlyExitAllowed = true,
            EarlyExitConditions = "已履行全部义务、与申请执行人达成和解且已履行完毕、申请执行人书面申请删除，或人民法院依法裁定终结执行等情形的，由人民法院决定提前删除。",
            Measures = "限制高消费；限制参加政府采购、招标投标；限制担任法定代表人和高级管理人员；限制获得政府补贴和荣誉称号；金融机构审慎授信。",
        },
        new()
        {
            Code = "ZDSSWF", Name = "重大税收违法失信主体", Kind = ListKind.Black, SortOrder = 20,
            AuthorityDepartments = Tax,
            LegalBasis = "《中华人民共和国税收征收管理法》；《重大税收违法失信主体信息公布管理办法》（国家税务总局令第54号）",
            DecidingAuthority = "税务机关", SubjectKinds = OrganisationsAndPersons,
            EntryCriteria = "逃避缴纳税款金额100万元以上且占应纳税额10%以上，虚开增值税专用发票，骗取出口退税，抗税等重大税收违法失信情形。",
            ValidityMonths = 36, EarlyExitAllowed = true,
            EarlyExitConditions = "按规定缴清税款、滞纳金和罚款，经税务机关确认，可提前停止公布；公布期间又发生重大税收违法行为的除外。",
            Measures = "纳税信用直接判为D级；限制出境（欠税）；限制取得政府供应土地；限制参加政府采购；限制获得荣誉称号。",
        },
        new()
        {
            Code = "SJYZWF", Name = "市场监督管理严重违法失信名单", Kind = ListKind.Black, SortOrder = 30,
            AuthorityDepartments = MarketRegulation,
            LegalBasis = "《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）",
            DecidingAuthority = "市场监督管理部门", SubjectKinds = OrganisationsAndPersons,
            EntryCriteria = "食品药品、特种设备、产品质量等领域严重危害人民群众身体健康和生命安全，严重破坏公平竞争秩序和社会正常秩序，受到较重行政处罚等情形。",
            ValidityMonths = 36, EarlyExitAllowed = true, EarlyExitAfterMonths = 12,
            EarlyExitConditions = "列入满一年，已自觉履行行政处罚决定中规定的义务，已主动消除危害后果和不良影响，未再受到市场监管部门较重行政处罚的，可申请提前移出。",
            Measures = "列为重点监管对象，提高检查频次；限制参加政府采购和工程招投标；限制授予荣誉称号；法定代表人和负责人任职限制。",
        },
        new()
        {
            Code = "JYYCML", Name = "经营异常名录", Kind = ListKind.Black, SortOrder = 35,
            AuthorityDepartments = MarketRegulation,
            LegalBasis = "《企业信息公示暂行条例》；《市场主体登记管理条例》；《企业经营异常名录管理暂行办法》（国家工商行政管理总局令第68号）",
            DecidingAuthority = "市场监督管理部门", SubjectKinds = Organisations,
            EntryCriteria = "未按照规定的期限公示年度报告；未在市场监督管理部门责令的期限内公示有关企业信息；公示企业信息隐瞒真实情况、弄虚作假；通过登记的住所或者经营场所无法联系。",
            // Open-ended: in force until the cause is corrected and the entry removed. Listed for three years without
            // correction, the subject is put on the serious illegal dishonesty list (SJYZWF) by a separate decision.
            ValidityMonths = null, EarlyExitAllowed = true,
            EarlyExitConditions = "已纠正列入事由的，随时可申请移出：补报并公示年度报告、按要求公示或更正企业信息、依法办理住所变更登记或通过登记的住所可以重新取得联系；市场监督管理部门自查实之日起5个工作日内作出移出决定。",
            Measures = "在政府采购、工程招投标、国有土地出让、授予荣誉称号等工作中依法予以限制或禁入；列为重点监管对象，提高抽查比例和频次；列入满三年仍未纠正的，列入市场监督管理严重违法失信名单。",
        },
        new()
        {
            Code = "TQNMGGZ", Name = "拖欠农民工工资失信联合惩戒对象名单", Kind = ListKind.Black, SortOrder = 40,
            AuthorityDepartments = HumanResources,
            LegalBasis = "《保障农民工工资支付条例》（国务院令第724号）；《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人力资源社会保障部令第45号）",
            DecidingAuthority = "人力资源社会保障行政部门", SubjectKinds = OrganisationsAndPersons,
            EntryCriteria = "克扣、无故拖欠农民工工资达到认定拒不支付劳动报酬罪数额标准，或因拖欠农民工工资违法行为引发群体性事件、极端事件造成严重不良社会影响。",
            ValidityMonths = 36, EarlyExitAllowed = true, EarlyExitAfterMonths = 6, EarlyExitCountsFrom = "清偿拖欠工资",
            EarlyExitConditions = "已改正拖欠工资违法行为（清偿全部拖欠工资），且自改正之日起满六个月未再发生拖欠的，可申请提前移出。",
            Measures = "限制参与政府投资项目和政府采购、招标投标；限制融资贷款；限制市场准入、行政许可；限制享受税收优惠；限制高消费。",
        },
        new()
        {
            Code = "AQSCYZSX", Name = "安全生产严重失信主体名单", Kind = ListKind.Black, SortOrder = 50,
            AuthorityDepartments = EmergencyManagement,
            LegalBasis = "《中华人民共和国安全生产法》第七十八条；《安全生产严重失信主体名单管理办法》（应急管理部令第11号）",
            DecidingAuthority = "应急管理部门", SubjectKinds = OrganisationsAndPersons,
            EntryCriteria = "发生较大及以上生产安全责任事故，或一年内发生两起以上造成人员死亡的一般生产安全责任事故，或拒不执行安全监管监察指令等情形。",
            ValidityMonths = 36, EarlyExitAllowed = true, EarlyExitAfterMonths = 12,
            EarlyExitConditions = "列入满一年，已履行行政处罚决定、已完成整改，且未再发生生产安全责任事故的，可申请提前移出。",
            Measures = "加大执法检查频次；限制参与政府采购和评先评优；限制新增项目审批核准；限制获得政府资金支持。",
        },
        new()
        {
            Code = "AJNSR", Name = "A级纳税人", Kind = ListKind.Red, SortOrder = 110,
            AuthorityDepartments = Tax,
            LegalBasis = "《纳税信用管理办法（试行）》（国家税务总局公告2014年第40号）；《关于对纳税信用A级纳税人实施联合激励措施的合作备忘录》（发改财金〔2016〕1467号）",
            DecidingAuthority = "税务机关", SubjectKinds = Organisations,
            EntryCriteria = "年度纳税信用评价指标得分90分以上的纳税人。",
            ValidityMonths = 12, EarlyExitAllowed = false,
            Measures = "行政审批“绿色通道”和容缺受理；发票按需领用；出口退税优先办理；银行“银税互动”信用贷款；评优评先优先考虑。",
        },
        new()
        {
            Code = "HGGJRZ", Name = "海关高级认证企业", Kind = ListKind.Red, SortOrder = 120,
            AuthorityDepartments = Customs,
            LegalBasis = "《中华人民共和国海关注册登记和备案企业信用管理办法》（海关总署令第251号）",
            DecidingAuthority = "海关", SubjectKinds = [(short)SubjectKind.Enterprise],
            EntryCriteria = "符合海关高级认证企业标准，经海关认证的进出口企业。",
            ValidityMonths = null, EarlyExitAllowed = false,
            Measures = "进出口货物平均查验率低于实施常规管理措施企业平均查验率的20%；优先办理通关手续；国际互认国家和地区通关便利。",
        },
        new()
        {
            Code = "SHTZXY", Name = "浙江省守合同重信用企业", Kind = ListKind.Red, SortOrder = 130,
            AuthorityDepartments = MarketRegulation,
            LegalBasis = "《浙江省“守合同重信用”企业公示管理办法》",
            DecidingAuthority = "市场监督管理部门", SubjectKinds = [(short)SubjectKind.Enterprise],
            EntryCriteria = "依法订立和履行合同，合同管理制度健全，近两年无合同违法失信行为，自愿申请并经公示的企业。",
            ValidityMonths = 24, EarlyExitAllowed = false,
            Measures = "政府采购、招标投标中作为诚信加分因素；融资贷款优先；市场监管“无事不扰”。",
        },
        new()
        {
            Code = "HZCXSF", Name = "湖州市诚信示范企业", Kind = ListKind.Red, SortOrder = 140,
            AuthorityDepartments = CreditOffice,
            LegalBasis = "《湖州市诚信示范企业评选管理办法》（湖州市社会信用体系建设领导小组办公室）",
            DecidingAuthority = "湖州市信用办", SubjectKinds = [(short)SubjectKind.Enterprise],
            EntryCriteria = "公共信用评价等级优秀，三年内无严重失信记录，在诚信经营、履约守诺方面起示范作用，经推荐、评审和公示的企业。",
            ValidityMonths = 24, EarlyExitAllowed = false,
            Measures = "信易贷优惠利率；行政审批容缺受理；优先推荐各级荣誉评选；日常监管减少抽查频次。",
        },
    ];
}
