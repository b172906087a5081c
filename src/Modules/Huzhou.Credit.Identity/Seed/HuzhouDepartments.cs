// Demo data for the seeder: Huzhou's credit-system member units, named from public knowledge of the city's administrative structure.
namespace Huzhou.Credit.Identity.Seed;

/// <summary>
/// The member units (成员单位) of Huzhou's social credit system at city, district/county and functional-zone
/// level. Names follow the post-2019 institutional reform (e.g. 林业 merged into 自然资源和规划局, 档案局 into
/// the party office with 档案馆 remaining) and later renamings (中国人民银行湖州市分行, 国家金融监督管理总局
/// 湖州监管分局, 湖州市数据局). In the two urban districts market regulation, ecology and public security are
/// branches of the city bureau (…吴兴分局); the three counties have their own bureaus.
/// </summary>
internal static class HuzhouDepartments
{
    internal sealed record DepartmentSeed(string Code, string Name, string ShortName, string DistrictCode, bool IsCreditOffice);

    private const string City = "330500";
    private const string Wuxing = "330502";
    private const string Nanxun = "330503";
    private const string Deqing = "330521";
    private const string Changxing = "330522";
    private const string Anji = "330523";
    private const string SouthTaihuNewArea = "3305Z1";
    private const string EconomicDevelopmentZone = "3305Z2";
    private const string TaihuResort = "3305Z3";

    /// <summary>City-level member units (district code 330500). The credit office (市信用办) sits in the 发改委; the credit centre runs the platform.</summary>
    internal static readonly DepartmentSeed[] CityDepartments =
    [
        new("HZ-FGW", "湖州市发展和改革委员会", "市发改委（市信用办）", City, true),
        new("HZ-XYZX", "湖州市信用中心", "市信用中心", City, true),
        new("HZ-SZFB", "湖州市人民政府办公室", "市府办", City, false),
        new("HZ-XCB", "中共湖州市委宣传部", "市委宣传部（市文明办）", City, false),
        new("HZ-ZZB", "中共湖州市委组织部", "市委组织部", City, false),
        new("HZ-WXB", "中共湖州市委网络安全和信息化委员会办公室", "市委网信办", City, false),
        new("HZ-JXJ", "湖州市经济和信息化局", "市经信局", City, false),
        new("HZ-JYJ", "湖州市教育局", "市教育局", City, false),
        new("HZ-KJJ", "湖州市科学技术局", "市科技局", City, false),
        new("HZ-GAJ", "湖州市公安局", "市公安局", City, false),
        new("HZ-MZJ", "湖州市民政局", "市民政局", City, false),
        new("HZ-SFJ", "湖州市司法局", "市司法局", City, false),
        new("HZ-CZJ", "湖州市财政局", "市财政局", City, false),
        new("HZ-RSJ", "湖州市人力资源和社会保障局", "市人力社保局", City, false),
        new("HZ-ZGJ", "湖州市自然资源和规划局", "市资规局", City, false),
        new("HZ-STHJJ", "湖州市生态环境局", "市生态环境局", City, false),
        new("HZ-JSJ", "湖州市住房和城乡建设局", "市建设局", City, false),
        new("HZ-JTJ", "湖州市交通运输局", "市交通运输局", City, false),
        new("HZ-SLJ", "湖州市水利局", "市水利局", City, false),
        new("HZ-NYJ", "湖州市农业农村局", "市农业农村局", City, false),
        new("HZ-SWJ", "湖州市商务局", "市商务局", City, false),
        new("HZ-WGLJ", "湖州市文化广电旅游局", "市文广旅局", City, false),
        new("HZ-WJW", "湖州市卫生健康委员会", "市卫生健康委", City, false),
        new("HZ-TYJRJ", "湖州市退役军人事务局", "市退役军人事务局", City, false),
        new("HZ-YJJ", "湖州市应急管理局", "市应急管理局", City, false),
        new("HZ-SHJ", "湖州市审计局", "市审计局", City, false),
        new("HZ-GZW", "湖州市人民政府国有资产监督管理委员会", "市国资委", City, false),
        new("HZ-SJJ", "湖州市市场监督管理局", "市市场监管局", City, false),
        new("HZ-TYJ", "湖州市体育局", "市体育局", City, false),
        new("HZ-TJJ", "湖州市统计局", "市统计局", City, false),
        new("HZ-YBJ", "湖州市医疗保障局", "市医保局", City, false),
        new("HZ-ZHZF", "湖州市综合行政执法局", "市综合执法局", City, false),
        new("HZ-JGSW", "湖州市机关事务管理局", "市机关事务局", City, false),
        new("HZ-SJU", "湖州市数据局", "市数据局", City, false),
        new("HZ-XFJ", "湖州市信访局", "市信访局", City, false),
        new("HZ-GGZY", "湖州市公共资源交易中心", "市公共资源交易中心", City, false),
        new("HZ-GJJ", "湖州市住房公积金管理中心", "市公积金中心", City, false),
        new("HZ-DAG", "湖州市档案馆", "市档案馆", City, false),
        new("HZ-ZY", "湖州市中级人民法院", "市中院", City, false),
        new("HZ-JCY", "湖州市人民检察院", "市检察院", City, false),
        new("HZ-SW", "国家税务总局湖州市税务局", "市税务局", City, false),
        new("HZ-RMYH", "中国人民银行湖州市分行", "人行湖州市分行", City, false),
        new("HZ-JRJG", "国家金融监督管理总局湖州监管分局", "湖州金融监管分局", City, false),
        new("HZ-HG", "湖州海关", "湖州海关", City, false),
        new("HZ-XF", "湖州市消防救援支队", "市消防救援支队", City, false),
        new("HZ-YZJ", "湖州市邮政管理局", "市邮政管理局", City, false),
        new("HZ-QXJ", "湖州市气象局", "市气象局", City, false),
        new("HZ-YCJ", "湖州市烟草专卖局", "市烟草专卖局", City, false),
        new("HZ-ZGH", "湖州市总工会", "市总工会", City, false),
        new("HZ-TSW", "共青团湖州市委员会", "团市委", City, false),
        new("HZ-FL", "湖州市妇女联合会", "市妇联", City, false),
        new("HZ-GSL", "湖州市工商业联合会", "市工商联", City, false),
        new("HZ-GDGS", "国网浙江省电力有限公司湖州供电公司", "国网湖州供电公司", City, false),
    ];

    /// <summary>District and county counterparts, 15 per district; the 发展和改革局 of each is its credit office.</summary>
    internal static readonly DepartmentSeed[] DistrictDepartments =
    [
        // 吴兴区
        new("WX-FGJ", "湖州市吴兴区发展和改革局", "吴兴区发改局", Wuxing, true),
        new("WX-SJJ", "湖州市市场监督管理局吴兴分局", "吴兴市场监管分局", Wuxing, false),
        new("WX-SW", "国家税务总局湖州市吴兴区税务局", "吴兴区税务局", Wuxing, false),
        new("WX-FY", "湖州市吴兴区人民法院", "吴兴区法院", Wuxing, false),
        new("WX-JCY", "湖州市吴兴区人民检察院", "吴兴区检察院", Wuxing, false),
        new("WX-GAJ", "湖州市公安局吴兴分局", "吴兴公安分局", Wuxing, false),
        new("WX-STHJ", "湖州市生态环境局吴兴分局", "吴兴生态环境分局", Wuxing, false),
        new("WX-JSJ", "湖州市吴兴区住房和城乡建设局", "吴兴区住建局", Wuxing, false),
        new("WX-JTJ", "湖州市吴兴区交通运输局", "吴兴区交通运输局", Wuxing, false),
        new("WX-RSJ", "湖州市吴兴区人力资源和社会保障局", "吴兴区人力社保局", Wuxing, false),
        new("WX-YJJ", "湖州市吴兴区应急管理局", "吴兴区应急管理局", Wuxing, false),
        new("WX-WJJ", "湖州市吴兴区卫生健康局", "吴兴区卫生健康局", Wuxing, false),
        new("WX-WGLTJ", "湖州市吴兴区文化和广电旅游体育局", "吴兴区文广旅体局", Wuxing, false),
        new("WX-ZHZF", "湖州市吴兴区综合行政执法局", "吴兴区综合执法局", Wuxing, false),
        new("WX-NYJ", "湖州市吴兴区农业农村局", "吴兴区农业农村局", Wuxing, false),

        // 南浔区
        new("NX-FGJ", "湖州市南浔区发展和改革局", "南浔区发改局", Nanxun, true),
        new("NX-SJJ", "湖州市市场监督管理局南浔分局", "南浔市场监管分局", Nanxun, false),
        new("NX-SW", "国家税务总局湖州市南浔区税务局", "南浔区税务局", Nanxun, false),
        new("NX-FY", "湖州市南浔区人民法院", "南浔区法院", Nanxun, false),
        new("NX-JCY", "湖州市南浔区人民检察院", "南浔区检察院", Nanxun, false),
        new("NX-GAJ", "湖州市公安局南浔分局", "南浔公安分局", Nanxun, false),
        new("NX-STHJ", "湖州市生态环境局南浔分局", "南浔生态环境分局", Nanxun, false),
        new("NX-JSJ", "湖州市南浔区住房和城乡建设局", "南浔区住建局", Nanxun, false),
        new("NX-JTJ", "湖州市南浔区交通运输局", "南浔区交通运输局", Nanxun, false),
        new("NX-RSJ", "湖州市南浔区人力资源和社会保障局", "南浔区人力社保局", Nanxun, false),
        new("NX-YJJ", "湖州市南浔区应急管理局", "南浔区应急管理局", Nanxun, false),
        new("NX-WJJ", "湖州市南浔区卫生健康局", "南浔区卫生健康局", Nanxun, false),
        new("NX-WGLTJ", "湖州市南浔区文化和广电旅游体育局", "南浔区文广旅体局", Nanxun, false),
        new("NX-ZHZF", "湖州市南浔区综合行政执法局", "南浔区综合执法局", Nanxun, false),
        new("NX-NYJ", "湖州市南浔区农业农村局", "南浔区农业农村局", Nanxun, false),

        // 德清县
        new("DQ-FGJ", "德清县发展和改革局", "德清县发改局", Deqing, true),
        new("DQ-SJJ", "德清县市场监督管理局", "德清县市场监管局", Deqing, false),
        new("DQ-SW", "国家税务总局德清县税务局", "德清县税务局", Deqing, false),
        new("DQ-FY", "德清县人民法院", "德清县法院", Deqing, false),
        new("DQ-JCY", "德清县人民检察院", "德清县检察院", Deqing, false),
        new("DQ-GAJ", "德清县公安局", "德清县公安局", Deqing, false),
        new("DQ-STHJ", "湖州市生态环境局德清分局", "德清生态环境分局", Deqing, false),
        new("DQ-JSJ", "德清县住房和城乡建设局", "德清县住建局", Deqing, false),
        new("DQ-JTJ", "德清县交通运输局", "德清县交通运输局", Deqing, false),
        new("DQ-RSJ", "德清县人力资源和社会保障局", "德清县人力社保局", Deqing, false),
        new("DQ-YJJ", "德清县应急管理局", "德清县应急管理局", Deqing, false),
        new("DQ-WJJ", "德清县卫生健康局", "德清县卫生健康局", Deqing, false),
        new("DQ-WGLTJ", "德清县文化和广电旅游体育局", "德清县文广旅体局", Deqing, false),
        new("DQ-ZHZF", "德清县综合行政执法局", "德清县综合执法局", Deqing, false),
        new("DQ-NYJ", "德清县农业农村局", "德清县农业农村局", Deqing, false),

        // 长兴县
        new("CX-FGJ", "长兴县发展和改革局", "长兴县发改局", Changxing, true),
        new("CX-SJJ", "长兴县市场监督管理局", "长兴县市场监管局", Changxing, false),
        new("CX-SW", "国家税务总局长兴县税务局", "长兴县税务局", Changxing, false),
        new("CX-FY", "长兴县人民法院", "长兴县法院", Changxing, false),
        new("CX-JCY", "长兴县人民检察院", "长兴县检察院", Changxing, false),
        new("CX-GAJ", "长兴县公安局", "长兴县公安局", Changxing, false),
        new("CX-STHJ", "湖州市生态环境局长兴分局", "长兴生态环境分局", Changxing, false),
        new("CX-JSJ", "长兴县住房和城乡建设局", "长兴县住建局", Changxing, false),
        new("CX-JTJ", "长兴县交通运输局", "长兴县交通运输局", Changxing, false),
        new("CX-RSJ", "长兴县人力资源和社会保障局", "长兴县人力社保局", Changxing, false),
        new("CX-YJJ", "长兴县应急管理局", "长兴县应急管理局", Changxing, false),
        new("CX-WJJ", "长兴县卫生健康局", "长兴县卫生健康局", Changxing, false),
        new("CX-WGLTJ", "长兴县文化和广电旅游体育局", "长兴县文广旅体局", Changxing, false),
        new("CX-ZHZF", "长兴县综合行政执法局", "长兴县综合执法局", Changxing, false),
        new("CX-NYJ", "长兴县农业农村局", "长兴县农业农村局", Changxing, false),

        // 安吉县
        new("AJ-FGJ", "安吉县发展和改革局", "安吉县发改局", Anji, true),
        new("AJ-SJJ", "安吉县市场监督管理局", "安吉县市场监管局", Anji, false),
        new("AJ-SW", "国家税务总局安吉县税务局", "安吉县税务局", Anji, false),
        new("AJ-FY", "安吉县人民法院", "安吉县法院", Anji, false),
        new("AJ-JCY", "安吉县人民检察院", "安吉县检察院", Anji, false),
        new("AJ-GAJ", "安吉县公安局", "安吉县公安局", Anji, false),
        new("AJ-STHJ", "湖州市生态环境局安吉分局", "安吉生态环境分局", Anji, false),
        new("AJ-JSJ", "安吉县住房和城乡建设局", "安吉县住建局", Anji, false),
        new("AJ-JTJ", "安吉县交通运输局", "安吉县交通运输局", Anji, false),
        new("AJ-RSJ", "安吉县人力资源和社会保障局", "安吉县人力社保局", Anji, false),
        new("AJ-YJJ", "安吉县应急管理局", "安吉县应急管理局", Anji, false),
        new("AJ-WJJ", "安吉县卫生健康局", "安吉县卫生健康局", Anji, false),
        new("AJ-WGLTJ", "安吉县文化和广电旅游体育局", "安吉县文广旅体局", Anji, false),
        new("AJ-ZHZF", "安吉县综合行政执法局", "安吉县综合执法局", Anji, false),
        new("AJ-NYJ", "安吉县农业农村局", "安吉县农业农村局", Anji, false),
    ];

    /// <summary>
    /// Functional zones. Since 2019 湖州南太湖新区 integrates the 经济技术开发区 and the 太湖旅游度假区 (which keep their
    /// national brands); its 经济发展局 leads credit work in the zone.
    /// </summary>
    internal static readonly DepartmentSeed[] FunctionalZoneDepartments =
    [
        new("NTH-JFJ", "湖州南太湖新区管理委员会经济发展局", "南太湖新区经发局", SouthTaihuNewArea, true),
        new("NTH-JSJ", "湖州南太湖新区管理委员会建设发展局", "南太湖新区建发局", SouthTaihuNewArea, false),
        new("NTH-SJJ", "湖州市市场监督管理局南太湖新区分局", "南太湖新区市场监管分局", SouthTaihuNewArea, false),
        new("KFQ-GWH", "湖州经济技术开发区管理委员会", "湖州开发区管委会", EconomicDevelopmentZone, false),
        new("DJQ-GWH", "湖州太湖旅游度假区管理委员会", "太湖度假区管委会", TaihuResort, false),
    ];
}
