using System.Globalization;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Repair.Features;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Time;

namespace Huzhou.Credit.Repair.Seed;

/// <summary>
/// Gives the demo organisation user (<see cref="OrganisationAccountDefaults.DemoLogin"/>) a penalty that can be repaired
/// now, so that its home shows 已可申请 and the online application can be shown end to end: a general-class fine of market
/// regulation (罚款, not an Order 45 kind) decided four months ago, past the three-month minimum, delivered through the
/// collection pipeline as the department's system would. Runs after the account (46) and the demo applications (47);
/// does nothing when the organisation already has a market-regulation penalty it can apply for (the demo
/// department reviewer <c>scjg.reviewer</c> can then accept it), or the demo penalty exists.
/// </summary>
internal sealed class OrganisationRepairDemoSeeder(IOrganisationAccountLookup accounts, IRecordDelivery delivery, RepairService service, TimeProvider clock) : IDemoSeeder
{
    private const string Department = "HZ-SJJ";
    private const string Authority = "湖州市市场监督管理局";

    public int Order => 48;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        if (await accounts.FindByLoginAsync(OrganisationAccountDefaults.DemoLogin, cancellationToken) is not { } organisation)
        {
            return null;
        }

        var decided = ShanghaiTime.Today(clock).AddMonths(-4);
        var reference = $"湖市监处罚〔{decided.Year}〕9{decided.Month:D2}1号";
        var records = await service.RecordsAsync(organisation.SubjectId, cancellationToken);
        if (records.Any(r => r.Record.Reference == reference || (r.Record.Status == CreditRecordStatus.Active && r.Result.Eligible && r.Record.ProviderDepartment == Department)))
        {
            return null;
        }

        var day = decided.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var authorityCode = UnifiedSocialCreditCode.Compose("11", "330500", "00254613").Value;
        var row = new Dictionary<string, string?>
        {
            ["行政相对人名称"] = organisation.OrganisationName,
            ["行政相对人类别"] = "02",
            ["行政相对人代码_1"] = organisation.Uscc,
            ["行政处罚决定书文号"] = reference,
            ["违法行为类型"] = "发布虚假广告",
            ["违法事实"] = "经查，当事人在其网站发布“全市质量第一”等无法证实的广告用语，事实清楚，证据确凿。",
            ["处罚依据"] = "《中华人民共和国广告法》第五十五条",
            [WellKnownItems.AdministrativePenalty.PenaltyKinds] = "罚款",
            ["处罚内容"] = "罚款人民币二万元",
            ["罚款金额（万元）"] = "2",
            ["处罚决定日期"] = day,
            ["处罚机关"] = Authority,
            ["处罚机关统一社会信用代码"] = authorityCode,
            ["数据来源单位"] = Authority,
            ["数据来源单位统一社会信用代码"] = authorityCode,
            ["案件程序类别"] = "02",
        };
        var result = await delivery.DeliverAsync(
            new RecordDeliveryRequest(WellKnownItems.AdministrativePenalty.Code, Department, "data-exchange", $"演示企业可修复处罚 {reference}", [row]), cancellationToken);
        if (!result.AllAccepted)
        {
            return "演示企业的可修复处罚未导入：" + result.Problem;
        }

        var now = (await service.RecordsAsync(organisation.SubjectId, cancellationToken)).FirstOrDefault(r => r.Record.Reference == reference);
        return now is { Result.Eligible: true }
            ? $"企业用户 {OrganisationAccountDefaults.DemoLogin}：行政处罚 {reference}（罚款，一般失信）已过最短公示期，可在线申请信用修复。"
            : $"企业用户 {OrganisationAccountDefaults.DemoLogin}：行政处罚 {reference} 已导入，但暂不能申请修复：{now?.Result.Reason}";
    }
}
