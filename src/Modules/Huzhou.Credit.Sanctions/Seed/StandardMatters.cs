using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Seed;

/// <summary>
/// The matters (办事事项) Huzhou's business systems check at, named as on 浙江政务服务网, with the city department
/// that handles each (codes of the department directory) and the matter domain rules scope by (domain.md §5).
/// Demo data, seeded once; afterwards they are the credit office's data.
/// </summary>
internal static class StandardMatters
{
    public static IReadOnlyList<Matter> All { get; } =
    [
        // 行政审批
        new() { Code = "SX-001", Name = "企业投资项目核准", DepartmentCode = "HZ-FGW", Domain = MatterDomain.Approvals },
        new() { Code = "SX-002", Name = "建筑工程施工许可证核发", DepartmentCode = "HZ-JSJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-003", Name = "建筑业企业资质认定", DepartmentCode = "HZ-JSJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-004", Name = "房地产开发企业资质核定", DepartmentCode = "HZ-JSJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-005", Name = "商品房预售许可", DepartmentCode = "HZ-JSJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-006", Name = "建设工程规划许可证核发", DepartmentCode = "HZ-ZGJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-007", Name = "建设用地规划许可证核发", DepartmentCode = "HZ-ZGJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-008", Name = "建设项目用地预审与选址意见书核发", DepartmentCode = "HZ-ZGJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-009", Name = "林木采伐许可证核发", DepartmentCode = "HZ-ZGJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-010", Name = "食品经营许可", DepartmentCode = "HZ-SJJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-011", Name = "食品生产许可", DepartmentCode = "HZ-SJJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-012", Name = "药品零售企业许可", DepartmentCode = "HZ-SJJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-013", Name = "特种设备使用登记", DepartmentCode = "HZ-SJJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-014", Name = "企业设立登记", DepartmentCode = "HZ-SJJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-015", Name = "道路货物运输经营许可", DepartmentCode = "HZ-JTJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-016", Name = "道路旅客运输经营许可", DepartmentCode = "HZ-JTJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-017", Name = "网络预约出租汽车经营许可", DepartmentCode = "HZ-JTJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-018", Name = "港口经营许可", DepartmentCode = "HZ-JTJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-019", Name = "建设项目环境影响评价文件审批", DepartmentCode = "HZ-STHJJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-020", Name = "排污许可证核发", DepartmentCode = "HZ-STHJJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-021", Name = "取水许可", DepartmentCode = "HZ-SLJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-022", Name = "生产建设项目水土保持方案审批", DepartmentCode = "HZ-SLJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-023", Name = "医疗机构执业登记", DepartmentCode = "HZ-WJW", Domain = MatterDomain.Approvals },
        new() { Code = "SX-024", Name = "公共场所卫生许可", DepartmentCode = "HZ-WJW", Domain = MatterDomain.Approvals },
        new() { Code = "SX-025", Name = "危险化学品经营许可证核发", DepartmentCode = "HZ-YJJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-026", Name = "烟花爆竹经营（零售）许可", DepartmentCode = "HZ-YJJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-027", Name = "人力资源服务许可", DepartmentCode = "HZ-RSJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-028", Name = "劳务派遣经营许可", DepartmentCode = "HZ-RSJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-029", Name = "民办学校办学许可", DepartmentCode = "HZ-JYJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-030", Name = "社会团体成立登记", DepartmentCode = "HZ-MZJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-031", Name = "旅行社业务经营许可", DepartmentCode = "HZ-WGLJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-032", Name = "娱乐场所经营许可", DepartmentCode = "HZ-WGLJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-033", Name = "农药经营许可", DepartmentCode = "HZ-NYJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-034", Name = "成品油零售经营资格审批", DepartmentCode = "HZ-SWJ", Domain = MatterDomain.Approvals },
        new() { Code = "SX-035", Name = "旅馆业特种行业许可证核发", DepartmentCode = "HZ-GAJ", Domain = MatterDomain.Approvals },

        // 公共资源交易
        new() { Code = "SX-036", Name = "建设工程招标投标备案", DepartmentCode = "HZ-JSJ", Domain = MatterDomain.PublicResourceTrading },
        new() { Code = "SX-037", Name = "房屋建筑和市政基础设施工程施工招标投标", DepartmentCode = "HZ-GGZY", Domain = MatterDomain.PublicResourceTrading },
        new() { Code = "SX-038", Name = "公路水运工程建设项目招标投标", DepartmentCode = "HZ-JTJ", Domain = MatterDomain.PublicResourceTrading },
        new() { Code = "SX-039", Name = "水利工程建设项目招标投标", DepartmentCode = "HZ-SLJ", Domain = MatterDomain.PublicResourceTrading },
        new() { Code = "SX-040", Name = "国有建设用地使用权出让", DepartmentCode = "HZ-ZGJ", Domain = MatterDomain.PublicResourceTrading },
        new() { Code = "SX-041", Name = "采矿权出让", DepartmentCode = "HZ-ZGJ", Domain = MatterDomain.PublicResourceTrading },
        new() { Code = "SX-042", Name = "企业国有产权转让进场交易", DepartmentCode = "HZ-GGZY", Domain = MatterDomain.PublicResourceTrading },
        new() { Code = "SX-043", Name = "基础设施和公用事业特许经营项目实施", DepartmentCode = "HZ-FGW", Domain = MatterDomain.PublicResourceTrading },
        new() { Code = "SX-044", Name = "农村产权流转交易", DepartmentCode = "HZ-NYJ", Domain = MatterDomain.PublicResourceTrading },
        new() { Code = "SX-045", Name = "排污权有偿使用和交易", DepartmentCode = "HZ-STHJJ", Domain = MatterDomain.PublicResourceTrading },
        new() { Code = "SX-046", Name = "用能权有偿使用和交易", DepartmentCode = "HZ-FGW", Domain = MatterDomain.PublicResourceTrading },
        new() { Code = "SX-047", Name = "公共资源交易市场主体信息登记", DepartmentCode = "HZ-GGZY", Domain = MatterDomain.PublicResourceTrading },

        // 财政资金
        new() { Code = "SX-048", Name = "工业和信息化产业发展专项资金申报", DepartmentCode = "HZ-JXJ", Domain = MatterDomain.FiscalFunds },
        new() { Code = "SX-049", Name = "科技型中小企业研发费用补助", DepartmentCode = "HZ-KJJ", Domain = MatterDomain.FiscalFunds },
        new() { Code = "SX-050", Name = "高新技术企业认定奖励资金兑现", DepartmentCode = "HZ-KJJ", Domain = MatterDomain.FiscalFunds },
        new() { Code = "SX-051", Name = "服务业发展引导资金申报", DepartmentCode = "HZ-FGW", Domain = MatterDomain.FiscalFunds },
        new() { Code = "SX-052", Name = "失业保险稳岗返还", DepartmentCode = "HZ-RSJ", Domain = MatterDomain.FiscalFunds },
        new() { Code = "SX-053", Name = "创业担保贷款贴息", DepartmentCode = "HZ-RSJ", Domain = MatterDomain.FiscalFunds },
        new() { Code = "SX-054", Name = "农机购置与应用补贴", DepartmentCode = "HZ-NYJ", Domain = MatterDomain.FiscalFunds },
        new() { Code = "SX-055", Name = "外经贸发展专项资金申报", DepartmentCode = "HZ-SWJ", Domain = MatterDomain.FiscalFunds },
        new() { Code = "SX-056", Name = "文化产业发展专项资金申报", DepartmentCode = "HZ-WGLJ", Domain = MatterDomain.FiscalFunds },
        new() { Code = "SX-057", Name = "生态环境保护专项资金申报", DepartmentCode = "HZ-STHJJ", Domain = MatterDomain.FiscalFunds },
        new() { Code = "SX-058", Name = "政策性农业保险保费补贴", DepartmentCode = "HZ-CZJ", Domain = MatterDomain.FiscalFunds },
        new() { Code = "SX-059", Name = "建筑节能与绿色建筑专项资金申报", DepartmentCode = "HZ-JSJ", Domain = MatterDomain.FiscalFunds },

        // 政府采购
        new() { Code = "SX-060", Name = "政府采购供应商资格审查", DepartmentCode = "HZ-CZJ", Domain = MatterDomain.Procurement },
        new() { Code = "SX-061", Name = "政府采购合同备案", DepartmentCode = "HZ-CZJ", Domain = MatterDomain.Procurement },
        new() { Code = "SX-062", Name = "政府集中采购项目公开招标", DepartmentCode = "HZ-GGZY", Domain = MatterDomain.Procurement },
        new() { Code = "SX-063", Name = "政府采购进口产品审核", DepartmentCode = "HZ-CZJ", Domain = MatterDomain.Procurement },
        new() { Code = "SX-064", Name = "政府采购变更采购方式审批", DepartmentCode = "HZ-CZJ", Domain = MatterDomain.Procurement },
        new() { Code = "SX-065", Name = "政府采购代理机构名录登记", DepartmentCode = "HZ-CZJ", Domain = MatterDomain.Procurement },
        new() { Code = "SX-066", Name = "政府采购评审专家入库审核", DepartmentCode = "HZ-CZJ", Domain = MatterDomain.Procurement },
        new() { Code = "SX-067", Name = "政府采购投诉处理", DepartmentCode = "HZ-CZJ", Domain = MatterDomain.Procurement },
        new() { Code = "SX-068", Name = "政采云电子卖场供应商入驻审核", DepartmentCode = "HZ-CZJ", Domain = MatterDomain.Procurement },
        new() { Code = "SX-069", Name = "协议定点采购供应商征集", DepartmentCode = "HZ-GGZY", Domain = MatterDomain.Procurement },

        // 评优评先
        new() { Code = "SX-070", Name = "“守合同重信用”企业公示申报", DepartmentCode = "HZ-SJJ", Domain = MatterDomain.Honours },
        new() { Code = "SX-071", Name = "湖州市诚信示范企业评选", DepartmentCode = "HZ-FGW", Domain = MatterDomain.Honours },
        new() { Code = "SX-072", Name = "浙江省企业技术中心认定", DepartmentCode = "HZ-JXJ", Domain = MatterDomain.Honours },
        new() { Code = "SX-073", Name = "浙江省专精特新中小企业认定", DepartmentCode = "HZ-JXJ", Domain = MatterDomain.Honours },
        new() { Code = "SX-074", Name = "湖州市政府质量奖评审", DepartmentCode = "HZ-SJJ", Domain = MatterDomain.Honours },
        new() { Code = "SX-075", Name = "和谐劳动关系先进企业评选", DepartmentCode = "HZ-RSJ", Domain = MatterDomain.Honours },
        new() { Code = "SX-076", Name = "市级农业龙头企业认定", DepartmentCode = "HZ-NYJ", Domain = MatterDomain.Honours },
        new() { Code = "SX-077", Name = "湖州市建设工程“飞英杯”奖评选", DepartmentCode = "HZ-JSJ", Domain = MatterDomain.Honours },
        new() { Code = "SX-078", Name = "湖州市科学技术奖评审", DepartmentCode = "HZ-KJJ", Domain = MatterDomain.Honours },
        new() { Code = "SX-079", Name = "旅游饭店星级评定", DepartmentCode = "HZ-WGLJ", Domain = MatterDomain.Honours },

        // 信用贷款
        new() { Code = "SX-080", Name = "信易贷“湖信融”授信", DepartmentCode = "HZ-FGW", Domain = MatterDomain.CreditLoans },
        new() { Code = "SX-081", Name = "“银税互动”纳税信用贷款", DepartmentCode = "HZ-SW", Domain = MatterDomain.CreditLoans },
        new() { Code = "SX-082", Name = "政府采购合同融资（“政采贷”）", DepartmentCode = "HZ-CZJ", Domain = MatterDomain.CreditLoans },
        new() { Code = "SX-083", Name = "创业担保贷款申请", DepartmentCode = "HZ-RSJ", Domain = MatterDomain.CreditLoans },
        new() { Code = "SX-084", Name = "知识产权质押融资", DepartmentCode = "HZ-SJJ", Domain = MatterDomain.CreditLoans },
        new() { Code = "SX-085", Name = "政府性融资担保业务申请", DepartmentCode = "HZ-CZJ", Domain = MatterDomain.CreditLoans },
        new() { Code = "SX-086", Name = "新型农业经营主体融资担保", DepartmentCode = "HZ-NYJ", Domain = MatterDomain.CreditLoans },
        new() { Code = "SX-087", Name = "绿色信贷“绿贷通”融资对接", DepartmentCode = "HZ-RMYH", Domain = MatterDomain.CreditLoans },

        // 日常监管
        new() { Code = "SX-088", Name = "“双随机、一公开”抽查对象确定", DepartmentCode = "HZ-SJJ", Domain = MatterDomain.Supervision },
        new() { Code = "SX-089", Name = "食品生产经营风险分级监督检查", DepartmentCode = "HZ-SJJ", Domain = MatterDomain.Supervision },
        new() { Code = "SX-090", Name = "企业年度报告公示信息抽查", DepartmentCode = "HZ-SJJ", Domain = MatterDomain.Supervision },
        new() { Code = "SX-091", Name = "海关稽查和核查对象确定", DepartmentCode = "HZ-HG", Domain = MatterDomain.Supervision },
        new() { Code = "SX-092", Name = "工贸企业安全生产执法检查", DepartmentCode = "HZ-YJJ", Domain = MatterDomain.Supervision },
        new() { Code = "SX-093", Name = "建筑施工安全和工程质量监督检查", DepartmentCode = "HZ-JSJ", Domain = MatterDomain.Supervision },
        new() { Code = "SX-094", Name = "道路运输企业质量信誉考核", DepartmentCode = "HZ-JTJ", Domain = MatterDomain.Supervision },
        new() { Code = "SX-095", Name = "排污单位环境监管执法检查", DepartmentCode = "HZ-STHJJ", Domain = MatterDomain.Supervision },
        new() { Code = "SX-096", Name = "税务稽查选案", DepartmentCode = "HZ-SW", Domain = MatterDomain.Supervision },
        new() { Code = "SX-097", Name = "劳动保障监察日常巡查", DepartmentCode = "HZ-RSJ", Domain = MatterDomain.Supervision },
        new() { Code = "SX-098", Name = "医疗机构依法执业监督检查", DepartmentCode = "HZ-WJW", Domain = MatterDomain.Supervision },
        new() { Code = "SX-099", Name = "医疗保障基金使用监督检查", DepartmentCode = "HZ-YBJ", Domain = MatterDomain.Supervision },
        new() { Code = "SX-100", Name = "统计执法“双随机”检查", DepartmentCode = "HZ-TJJ", Domain = MatterDomain.Supervision },
    ];
}
