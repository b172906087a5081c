using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Commitments.Seed;

/// <summary>The commitment templates organisations sign online (承诺书模板). Idempotent: adds missing codes.</summary>
internal sealed class CommitmentSeeder(CommitmentsDbContext db, TimeProvider clock) : IDemoSeeder
{
    private const string Closing = "如违背上述承诺，本单位自愿接受相关部门依法依规作出的处理，同意将违诺信息记入信用记录并依法公开，作为信用监管和联合惩戒的依据。";

    internal static readonly (string Code, string Title, CommitmentType Type, string Matter, string Department, int TermMonths, string Body)[] Standard =
    [
        ("CN-JSJ-SGXK", "建筑工程施工许可告知承诺书", CommitmentType.ApprovalSubstitution, "建筑工程施工许可证核发（告知承诺制）", "HZ-JSJ", 6,
            "{主体名称}（统一社会信用代码 {统一社会信用代码}）申请办理建筑工程施工许可，现郑重承诺：已取得建设工程规划许可，施工图设计文件已按规定审查合格，建设资金已经落实，所提交材料真实、合法、有效；承诺期内补齐全部法定材料。"),
        ("CN-JSJ-ZZ", "建筑业企业资质告知承诺书", CommitmentType.ApprovalSubstitution, "建筑业企业资质许可（告知承诺制）", "HZ-JSJ", 12,
            "{主体名称}（统一社会信用代码 {统一社会信用代码}）申请建筑业企业资质，现郑重承诺：本单位符合资质标准规定的净资产、人员、业绩等条件，申报的注册人员均在本单位执业且社保缴纳真实，所填信息真实准确。"),
        ("CN-SJJ-SPJY", "食品经营许可告知承诺书", CommitmentType.ApprovalSubstitution, "食品经营许可（告知承诺）", "HZ-SJJ", 3,
            "{主体名称}（统一社会信用代码 {统一社会信用代码}）申请食品经营许可，现郑重承诺：经营场所、设施设备、人员和管理制度符合食品安全法律法规和标准的要求，自取得许可之日起三个月内接受现场核查。"),
        ("CN-SJJ-ZS", "住所（经营场所）信息申报承诺书", CommitmentType.ApprovalSubstitution, "企业登记住所（经营场所）申报承诺", "HZ-SJJ", 0,
            "{主体名称}（统一社会信用代码 {统一社会信用代码}）现郑重承诺：申报的住所（经营场所）真实、合法、可用于经营，能够通过该住所取得联系，变更时及时办理登记。"),
        ("CN-STHJJ-PW", "排污许可告知承诺书", CommitmentType.ApprovalSubstitution, "排污许可证核发（告知承诺）", "HZ-STHJJ", 6,
            "{主体名称}（统一社会信用代码 {统一社会信用代码}）申请排污许可，现郑重承诺：污染防治设施与主体工程同时设计、同时施工、同时投入使用，污染物排放符合许可排放浓度和总量要求，依法开展自行监测并公开信息。"),
        ("CN-RSJ-GZ", "保障农民工工资支付承诺书", CommitmentType.IndustrySelfDiscipline, "工程建设领域农民工工资支付承诺", "HZ-RSJ", 12,
            "{主体名称}（统一社会信用代码 {统一社会信用代码}）现郑重承诺：严格执行农民工实名制管理和工资专用账户制度，按月足额支付农民工工资，不拖欠、不克扣，按规定存储工资保证金。"),
        ("CN-FGW-ZD", "市场主体主动公示信用承诺书", CommitmentType.Proactive, "市场主体主动信用承诺", "HZ-FGW", 0,
            "{主体名称}（统一社会信用代码 {统一社会信用代码}）现向社会郑重承诺：依法诚信经营，遵守法律法规和行业规范，不制售假冒伪劣商品，不做虚假宣传，按时履行合同和纳税义务，自觉接受政府、行业组织和社会公众的监督。"),
        ("CN-FGW-XF", "信用修复承诺书", CommitmentType.Repair, "信用修复申请（信用承诺书）", "HZ-FGW", 12,
            "{主体名称}（统一社会信用代码 {统一社会信用代码}）申请信用修复，现郑重承诺：已纠正失信行为、履行相关法定义务，所提交材料真实有效；修复后一年内不再发生同类失信行为。"),
    ];

    public int Order => 7;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        var existing = (await db.Templates.Select(t => t.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var added = Standard.Where(t => !existing.Contains(t.Code)).ToList();
        db.Templates.AddRange(added.Select(t => new CommitmentTemplate
        {
            Code = t.Code, Title = t.Title, Type = t.Type, Matter = t.Matter, DepartmentCode = t.Department, TermMonths = t.TermMonths,
            Content = t.Body + Closing, Active = true, CreatedAt = clock.GetUtcNow(), CreatedBy = "seed",
        }));
        await db.SaveChangesAsync(cancellationToken);
        return added.Count == 0 ? null : $"信用承诺：新增 {added.Count} 个承诺书模板。";
    }
}
