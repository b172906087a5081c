using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Seed;

/// <summary>
/// The demo citizen <c>shimin.demo</c> (沈雨涵 of 吴兴区): volunteer hours, an honour, a kept commitment and a general-class
/// fine of market regulation decided four months ago (past its three-month minimum, so it can be objected to and repaired
/// online from <c>/citizen/records</c>) delivered through the collection pipeline as the departments would, and an
/// account opened as the hall counter does. Idempotent.
/// </summary>
internal sealed class CitizenDemoSeeder(CreditIdentityDbContext db, IRecordDelivery delivery, ISubjectDirectory subjects, TimeProvider clock) : IDemoSeeder
{
    public const string DemoLogin = "shimin.demo";

    private const string Name = "沈雨涵";

    public int Order => 49;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        if (await db.CitizenAccounts.AnyAsync(a => a.LoginName == DemoLogin, cancellationToken))
        {
            return null;
        }

        var id = ResidentIdNumber.Compose("330502", new DateOnly(1988, 6, 18), 262);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().AddHours(8).DateTime);
        string Day(int months) => today.AddMonths(-months).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var deliveries = new (string Item, string Department, Dictionary<string, string?> Row)[]
        {
            (WellKnownItems.VolunteerService.Code, "HZ-TSW", new() { ["志愿者姓名"] = Name, ["身份证号码"] = id.Value, ["服务记录编号"] = "ZY2026051800262", ["服务项目"] = "爱山街道社区助老志愿服务", [WellKnownItems.VolunteerService.Hours] = "86", ["服务日期"] = Day(4), ["记录单位"] = "湖州市志愿者协会" }),
            (WellKnownItems.Honour.Code, "HZ-XCB", new() { ["获得者名称"] = Name, ["身份证号码"] = id.Value, ["荣誉名称"] = "湖州市优秀志愿者", ["荣誉级别"] = "3", ["授予机关"] = "中共湖州市委宣传部", ["表彰文号"] = "湖宣〔2025〕38号", ["授予日期"] = Day(10) }),
            (WellKnownItems.Commitment.Code, "HZ-FGW", new() { ["承诺主体名称"] = Name, ["身份证号码"] = id.Value, ["承诺类型"] = "02", ["承诺事项"] = "个人主动信用承诺", ["承诺内容"] = "本人承诺诚实守信，遵守法律法规和公序良俗，按时履行合同和还款义务。", ["承诺书编号"] = "湖发改承〔2025〕9262号", ["承诺日期"] = Day(12), ["承诺受理部门"] = "湖州市发展和改革委员会", [WellKnownItems.Commitment.Status] = WellKnownItems.Commitment.StatusKept, ["核查日期"] = Day(1) }),
        };
        var fined = today.AddMonths(-4);
        var authority = UnifiedSocialCreditCode.Compose("11", "330500", "00254613").Value;
        deliveries = [.. deliveries, (WellKnownItems.AdministrativePenalty.Code, "HZ-SJJ", new()
        {
            ["行政相对人名称"] = Name, ["行政相对人类别"] = "01", ["证件类型"] = "01", ["证件号码"] = id.Value,
            ["行政处罚决定书文号"] = $"湖市监处罚〔{fined.Year}〕8{fined.Month:D2}6号", ["违法行为类型"] = "无照经营",
            ["违法事实"] = "经查，当事人未依法取得营业执照，在吴兴区爱山街道一小区门口长期从事水果零售经营活动，事实清楚，证据确凿。",
            ["处罚依据"] = "《无证无照经营查处办法》第十三条", [WellKnownItems.AdministrativePenalty.PenaltyKinds] = "罚款", ["处罚内容"] = "罚款人民币二千元",
            ["罚款金额（万元）"] = "0.2", ["处罚决定日期"] = fined.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["处罚机关"] = "湖州市市场监督管理局", ["处罚机关统一社会信用代码"] = authority, ["数据来源单位"] = "湖州市市场监督管理局", ["数据来源单位统一社会信用代码"] = authority,
            ["案件程序类别"] = "02",
        })];
        foreach (var (item, department, row) in deliveries)
        {
            // Delivered as the departments' exchange would (the person arrives in the registry from these records, 待核实
            // until the registry staff check it), not as the demo city's seeded registry.
            var result = await delivery.DeliverAsync(new RecordDeliveryRequest(item, department, "data-exchange", "演示市民 " + item, [row]), cancellationToken);
            if (!result.AllAccepted)
            {
                return "演示市民未建立：" + result.Problem;
            }
        }

        var subject = await subjects.FindByCodeAsync(id.Value, cancellationToken);
        if (subject is null)
        {
            return null;
        }

        var account = new CitizenAccount { LoginName = DemoLogin, SubjectId = subject.SubjectId, Name = subject.Name, MaskedIdNumber = id.Masked, CreatedAt = clock.GetUtcNow(), CreatedBy = "demo-seed" };
        account.PasswordHash = new PasswordHasher<CitizenAccount>().HashPassword(account, IdentityDemoSeeder.DemoPassword);
        db.CitizenAccounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return $"演示市民：{DemoLogin}（{Name}，{id.Masked}）在 /citizen/login 登录，密码 {IdentityDemoSeeder.DemoPassword}。";
    }
}
