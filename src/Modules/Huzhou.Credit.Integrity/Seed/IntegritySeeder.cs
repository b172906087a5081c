using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Integrity.Seed;

/// <summary>The incentive scenarios of the integrity code: 13 categories, the providers of the city. Idempotent: adds missing codes.</summary>
internal sealed class IntegritySeeder(IntegrityDbContext db, Microsoft.Extensions.Options.IOptions<Features.IntegrityOptions> options, TimeProvider clock) : IDemoSeeder
{
    internal static readonly (string Code, string Category, string Name, string Provider, int MinLevel, string Benefit)[] Standard =
    [
        ("JT-GJ", "交通出行", "公交乘车优惠", "湖州市公共交通集团", 4, "信用等级AA及以上，市区公交乘车享8折优惠"),
        ("JT-ZXC", "交通出行", "公共自行车免押金", "湖州市公共自行车服务中心", 3, "免交200元押金办理借车"),
        ("JT-TC", "交通出行", "停车先离场后付费", "湖州市城市停车管理公司", 4, "市区公共停车场先离场后付费"),
        ("WL-JQ", "文化旅游", "景区门票优惠", "湖州太湖旅游度假区", 4, "南太湖、莫干山等合作景区门票8折"),
        ("WL-JD", "文化旅游", "酒店免押金入住", "湖州市旅游饭店协会", 4, "合作酒店免押金入住、延迟退房"),
        ("WL-YC", "文化旅游", "演出票务优先", "湖州大剧院", 5, "重点演出优先购票"),
        ("TY-JSF", "体育健身", "体育场馆优惠", "湖州市奥体中心", 4, "游泳馆、羽毛球馆等场馆使用9折"),
        ("TY-MF", "体育健身", "全民健身免费时段", "湖州市体育局", 3, "公共体育场馆免费开放时段优先预约"),
        ("TS-YJ", "图书借阅", "图书馆免押金借阅", "湖州市图书馆", 3, "免押金办理读者证，一次可借20册"),
        ("TS-ZJ", "图书借阅", "图书馆借阅加倍", "湖州市图书馆", 5, "一次可借40册，借期延长至60天"),
        ("YL-YHF", "医疗健康", "医后付", "湖州市第一人民医院等市属医院", 4, "门诊就医先诊疗后付费"),
        ("YL-TJ", "医疗健康", "健康体检优惠", "湖州市中心医院", 4, "职工健康体检套餐9折"),
        ("ZF-GZ", "住房保障", "公租房优先配租", "湖州市住房保障服务中心", 4, "符合条件者同等条件下优先配租"),
        ("ZF-ZJ", "住房保障", "租房押金减免", "湖州市房地产中介协会", 4, "合作中介租房押金减半"),
        ("JY-XSM", "子女教育", "新居民子女积分入学加分", "湖州市教育局", 4, "新居民积分入学，诚信等级AA及以上加5分（可折算志愿服务积分）"),
        ("JY-PX", "子女教育", "职业技能培训优惠", "湖州市人力资源和社会保障局", 3, "职业技能培训补贴优先申领"),
        ("JR-XYD", "金融服务", "个人信用贷款优惠", "湖州银行", 4, "个人信用消费贷款利率优惠、免担保"),
        ("JR-XYK", "金融服务", "信用卡快速审批", "湖州市农商银行", 4, "信用卡申请绿色通道"),
        ("ZW-LSTD", "政务服务", "行政审批绿色通道", "湖州市行政服务中心", 4, "窗口办事优先受理、容缺受理"),
        ("ZW-GZ", "政务服务", "公证费减免", "湖州市南太湖公证处", 5, "个人公证事项费用8折"),
        ("JY-CY", "就业创业", "创业担保贷款优先", "湖州市就业管理服务中心", 4, "创业担保贷款优先审批"),
        ("JY-ZP", "就业创业", "人才招聘优先推荐", "湖州市人才市场", 4, "合作企业招聘优先推荐面试"),
        ("SH-SD", "生活服务", "水电气先用后付", "湖州市水务集团、国网湖州供电公司", 3, "开户免预存，先用后付"),
        ("SH-JZ", "生活服务", "家政服务优惠", "湖州市家政服务业协会", 4, "合作家政服务9折"),
        ("SY-SC", "商业消费", "商超会员优惠", "湖州银泰城、爱山广场", 4, "合作商家会员积分加倍"),
        ("SY-ZL", "商业消费", "充电宝、雨伞免押金租借", "合作共享服务企业", 3, "共享充电宝、雨伞免押金"),
        ("ZY-JF", "志愿服务", "志愿服务积分兑换", "湖州市志愿者协会", 3, "志愿服务时长折算积分兑换公共服务"),
        ("ZY-PX", "志愿服务", "志愿者评优推荐", "湖州市文明办", 5, "年度优秀志愿者评选优先推荐"),
        ("YL-YLY", "生活服务", "养老机构优先入住", "湖州市民政局", 4, "公办养老机构同等条件优先入住"),
        ("YL-JJ", "生活服务", "居家养老服务优惠", "湖州市社会福利中心", 4, "居家养老上门服务8折"),
    ];

    public int Order => 8;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        var existing = (await db.Scenarios.Select(s => s.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var added = Standard.Where(s => !existing.Contains(s.Code)).ToList();
        db.Scenarios.AddRange(added.Select(s => new IncentiveScenario { Code = s.Code, Category = s.Category, Name = s.Name, Provider = s.Provider, MinLevel = s.MinLevel, Benefit = s.Benefit }));
        await db.SaveChangesAsync(cancellationToken);
        var redeemed = await SeedRedemptionsAsync(cancellationToken);
        return added.Count == 0 && redeemed == 0 ? null
            : $"个人诚信码：新增 {added.Count} 个守信激励场景（{added.Select(s => s.Category).Distinct().Count()} 类），{redeemed} 次演示核销（近 60 天）。";
    }

    /// <summary>Two months of redemptions so the statistics have something to show: mostly libraries, transport and utilities, a few partner cities' codes when partners are configured.</summary>
    private async Task<int> SeedRedemptionsAsync(CancellationToken cancellationToken)
    {
        if (await db.Redemptions.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var random = new Random(8);
        var now = clock.GetUtcNow();
        var issuers = new[] { options.Value.Issuer }.Concat(options.Value.Partners.Select(p => p.Issuer)).ToArray();
        string[] popular = ["TS-YJ", "JT-ZXC", "SH-SD", "SY-ZL", "TY-MF", "YL-YHF", "JT-GJ", "WL-JQ"];
        var count = 0;
        for (var day = 60; day >= 1; day--)
        {
            for (var i = random.Next(3, 12); i > 0; i--)
            {
                var pick = popular[random.Next(popular.Length)];
                var standard = random.Next(3) == 0 ? Standard[random.Next(Standard.Length)] : Standard.First(x => x.Code == pick);
                var issuer = issuers.Length > 1 && random.Next(10) == 0 ? issuers[1 + random.Next(issuers.Length - 1)] : issuers[0];
                db.Redemptions.Add(new Redemption
                {
                    ScenarioCode = standard.Code,
                    TokenId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
                    Issuer = issuer,
                    Level = Math.Max(standard.MinLevel, random.Next(3, 6)),
                    Verifier = standard.Code.StartsWith("TS", StringComparison.Ordinal) ? "hexiao.tsg" : "api-client:demo",
                    RedeemedAt = now.AddDays(-day).AddMinutes(random.Next(8 * 60, 20 * 60) - 8 * 60),
                });
                count++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return count;
    }
}
