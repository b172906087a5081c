using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Seed;

/// <summary>
/// The joint reward and punishment measures (联合奖惩措施清单, domain.md §5) the city starts with: punishments drawn
/// from the national basic list of dishonesty measures and the laws behind them, rewards from the State Council's
/// guidance on joint incentives for the trustworthy. Codes: CF- for 惩戒, JL- for 激励. Seeded once; afterwards they
/// are the credit office's data.
/// </summary>
internal static class StandardMeasures
{
    private const string Guidance2016 =
        "《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）";

    private const string Guidance2020 =
        "《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）";

    private const string BasicList2024 = "《全国失信惩戒措施基础清单（2024年版）》";

    private const string Supervision2019 =
        "《国务院办公厅关于加快推进社会信用体系建设构建以信用为基础的新型监管机制的指导意见》（国办发〔2019〕35号）";

    public static IReadOnlyList<Measure> All { get; } =
    [
        // 惩戒措施
        new()
        {
            Code = "CF-ZFCG", Name = "限制参加政府采购活动", Kind = MeasureKind.Punishment, Action = MeasureAction.Block,
            LegalBasis = "《中华人民共和国政府采购法》第二十二条；《中华人民共和国政府采购法实施条例》第十九条；"
                + "《关于在政府采购活动中查询及使用信用记录有关问题的通知》（财库〔2016〕125号）；" + BasicList2024,
            ImplementingDepartment = "各级政府采购监管部门、采购人及采购代理机构",
        },
        new()
        {
            Code = "CF-ZTB", Name = "限制参与工程建设项目招标投标", Kind = MeasureKind.Punishment, Action = MeasureAction.Block,
            LegalBasis = "《中华人民共和国招标投标法》第五十四条；《中华人民共和国招标投标法实施条例》第六十七条、第七十九条；"
                + Guidance2016 + "；" + BasicList2024,
            ImplementingDepartment = "各级招标投标行政监督部门、公共资源交易平台",
        },
        new()
        {
            Code = "CF-TXJY", Name = "限制参与基础设施和公用事业特许经营", Kind = MeasureKind.Punishment, Action = MeasureAction.Block,
            LegalBasis = "《基础设施和公用事业特许经营管理办法》；" + Guidance2016,
            ImplementingDepartment = "各级发展改革部门及特许经营项目实施机构",
        },
        new()
        {
            Code = "CF-CZZJ", Name = "限制申请财政性资金项目", Kind = MeasureKind.Punishment, Action = MeasureAction.Block,
            LegalBasis = Guidance2016 + "；" + Guidance2020 + "；" + BasicList2024,
            ImplementingDepartment = "各级财政部门及专项资金主管部门",
        },
        new()
        {
            Code = "CF-PYPX", Name = "限制评优评先和授予荣誉称号", Kind = MeasureKind.Punishment, Action = MeasureAction.Block,
            LegalBasis = Guidance2016 + "；" + BasicList2024,
            ImplementingDepartment = "各级评优评先及荣誉称号评选主办部门",
        },
        new()
        {
            Code = "CF-XMSP", Name = "限制新增项目审批、核准", Kind = MeasureKind.Punishment, Action = MeasureAction.Block,
            LegalBasis = Guidance2016 + "；《企业投资项目核准和备案管理条例》（国务院令第673号）",
            ImplementingDepartment = "各级投资主管部门",
        },
        new()
        {
            Code = "CF-XZXK", Name = "从严审核行政许可审批项目", Kind = MeasureKind.Punishment, Action = MeasureAction.Restrict,
            LegalBasis = Guidance2016 + "；" + Guidance2020,
            ImplementingDepartment = "各级行政审批部门",
        },
        new()
        {
            Code = "CF-XGXF", Name = "限制高消费", Kind = MeasureKind.Punishment, Action = MeasureAction.Restrict,
            LegalBasis = "《中华人民共和国民事诉讼法》；《最高人民法院关于限制被执行人高消费及有关消费的若干规定》（法释〔2015〕17号）",
            ImplementingDepartment = "人民法院及有关协助执行单位",
        },
        new()
        {
            Code = "CF-SSSX", Name = "审慎授信、限制融资", Kind = MeasureKind.Punishment, Action = MeasureAction.Restrict,
            LegalBasis = Guidance2016 + "；" + BasicList2024,
            ImplementingDepartment = "各银行业金融机构、政府性融资担保机构",
        },
        new()
        {
            Code = "CF-ZDJG", Name = "列为重点监管对象，提高抽查比例和频次", Kind = MeasureKind.Punishment, Action = MeasureAction.Warn,
            LegalBasis = Guidance2016 + "；" + Supervision2019
                + "；《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）",
            ImplementingDepartment = "各级行政监管部门",
        },
        new()
        {
            Code = "CF-XYHC", Name = "作为信用核查提示，审慎办理", Kind = MeasureKind.Punishment, Action = MeasureAction.Warn,
            LegalBasis = Guidance2020 + "；《浙江省公共信用信息管理条例》",
            ImplementingDepartment = "各级行政机关及公共服务单位",
        },

        // 激励措施
        new()
        {
            Code = "JL-LSTD", Name = "行政审批“绿色通道”", Kind = MeasureKind.Reward, Action = MeasureAction.Favour,
            LegalBasis = Guidance2016,
            ImplementingDepartment = "各级行政审批部门",
        },
        new()
        {
            Code = "JL-RQSL", Name = "容缺受理", Kind = MeasureKind.Reward, Action = MeasureAction.Favour,
            LegalBasis = Guidance2016 + "；" + Supervision2019,
            ImplementingDepartment = "各级行政审批部门",
        },
        new()
        {
            Code = "JL-JHCX", Name = "简化程序，优先适用告知承诺制", Kind = MeasureKind.Reward, Action = MeasureAction.Favour,
            LegalBasis = "《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）；" + Guidance2016,
            ImplementingDepartment = "各级行政审批部门",
        },
        new()
        {
            Code = "JL-XYD", Name = "信易贷优惠利率和优先放贷", Kind = MeasureKind.Reward, Action = MeasureAction.Favour,
            LegalBasis = "《关于深入开展“信易贷”支持中小微企业融资的通知》（发改财金〔2019〕1491号）；"
                + "《国务院办公厅关于印发加强信用信息共享应用促进中小微企业融资实施方案的通知》（国办发〔2021〕52号）",
            ImplementingDepartment = "各银行业金融机构、政府性融资担保机构",
        },
        new()
        {
            Code = "JL-WSBR", Name = "减少抽查比例和频次，“无事不扰”", Kind = MeasureKind.Reward, Action = MeasureAction.Favour,
            LegalBasis = Supervision2019 + "；" + Guidance2016,
            ImplementingDepartment = "各级行政监管部门",
        },
        new()
        {
            Code = "JL-YXTJ", Name = "评优评先优先推荐", Kind = MeasureKind.Reward, Action = MeasureAction.Favour,
            LegalBasis = Guidance2016,
            ImplementingDepartment = "各级评优评先及荣誉称号评选主办部门",
        },
        new()
        {
            Code = "JL-CZZC", Name = "财政性资金项目安排和优惠政策优先考虑", Kind = MeasureKind.Reward, Action = MeasureAction.Favour,
            LegalBasis = Guidance2016,
            ImplementingDepartment = "各级财政部门及专项资金主管部门",
        },
        new()
        {
            Code = "JL-TGBL", Name = "通关便利（海关高级认证企业）", Kind = MeasureKind.Reward, Action = MeasureAction.Favour,
            LegalBasis = "《中华人民共和国海关注册登记和备案企业信用管理办法》（海关总署令第251号）",
            ImplementingDepartment = "海关",
        },
    ];
}
