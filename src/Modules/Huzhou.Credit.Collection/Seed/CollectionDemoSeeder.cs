using System.Globalization;
using System.Text;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Collection.Seed;

/// <summary>
/// The demo city's deliveries: double-publicity penalty files of the city market-regulation and ecology
/// bureaus, in GBK with the standard Chinese headers and a few bad rows, imported through the real pipeline, so
/// batches, rejection reports, records on subject pages and the quality statistics all have content.
/// </summary>
internal sealed class CollectionDemoSeeder(
    CollectionDbContext db,
    BatchIntake intake,
    CollectionJobs jobs,
    CollectionStatistics statistics,
    ISubjectDirectory subjects) : IDemoSeeder
{
    private const string Actor = "demo-seed";

    private static readonly string[] Headers =
    [
        "行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(工商注册号)", "行政相对人代码_3(组织机构代码)",
        "行政相对人代码_4(税务登记号)", "行政相对人代码_5(事业单位证书号)", "行政相对人代码_6(社会组织登记证号)", "法定代表人", "法定代表人证件类型",
        "法定代表人证件号码", "证件类型", "证件号码", "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容",
        "罚款金额（万元）", "没收违法所得、没收非法财物的金额（万元）", "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚有效期", "公示截止期",
        "处罚机关", "处罚机关统一社会信用代码", "数据来源单位", "数据来源单位统一社会信用代码", "备注", "案件程序类别",
    ];

    private static readonly (string Department, string Authority, string Prefix, string AuthorityCode, (string Act, string Basis, string Kinds, string Content, string Fine, string Procedure)[] Cases)[] Deliveries =
    [
        ("HZ-SJJ", "湖州市市场监督管理局", "湖市监处罚", UnifiedSocialCreditCode.Compose("11", "330500", "00254613").Value,
        [
            ("未按规定公示年度报告", "《中华人民共和国市场主体登记管理条例》第四十六条", "警告", "警告", "", "01"),
            ("销售不符合食品安全标准的食品", "《中华人民共和国食品安全法》第一百二十四条", "罚款、没收违法所得", "罚款人民币二万元，没收违法所得", "2", "02"),
            ("虚假宣传", "《中华人民共和国反不正当竞争法》第二十条", "罚款", "罚款人民币五万元", "5", "02"),
            ("使用未经检验的特种设备", "《中华人民共和国特种设备安全法》第八十四条", "罚款", "罚款人民币三万元", "3", "02"),
            ("生产销售伪劣产品", "《中华人民共和国产品质量法》第五十条", "罚款、吊销许可证件", "罚款人民币六十万元，吊销生产许可证", "60", "02"),
        ]),
        ("HZ-STHJJ", "湖州市生态环境局", "湖环罚", UnifiedSocialCreditCode.Compose("11", "330500", "00254615").Value,
        [
            ("超标排放水污染物", "《中华人民共和国水污染防治法》第八十三条", "罚款", "罚款人民币十二万元", "12", "02"),
            ("未批先建", "《中华人民共和国环境影响评价法》第三十一条", "罚款", "罚款人民币八万元", "8", "02"),
            ("危险废物贮存不规范", "《中华人民共和国固体废物污染环境防治法》第一百一十二条", "罚款", "罚款人民币十万元", "10", "02"),
        ]),
    ];

    /// <summary>At most this many organisations get a provincial result in the demo (the full-scale city keeps its seed time).</summary>
    private const int ProvincialEvaluationLimit = 20_000;

    public int Order => 30;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        var organisations = await subjects.ListOrganisationsAsync(null, ProvincialEvaluationLimit, cancellationToken);
        if (organisations.Count == 0)
        {
            return null;
        }

        var evaluation = await SeedProvincialEvaluationAsync(organisations, cancellationToken);
        if (await db.Batches.AnyAsync(b => b.CreatedBy == Actor && b.ItemCode == "XZCF", cancellationToken))
        {
            return evaluation;
        }

        // The market-regulation and ecology bureaus penalise market subjects (credit codes 9…: enterprises, individual
        // businesses, farmers' cooperatives), not museums, archives or welfare centres; among the first 900 of them, so
        // the rest of the city has a clean record (the industry grades need both).
        var market = organisations.Where(o => o.Uscc.StartsWith('9')).Take(900).ToList();
        long records = 0, rejected = 0;
        for (var d = 0; d < Deliveries.Length; d++)
        {
            var delivery = Deliveries[d];
            var rows = d == 0 ? Math.Min(600, market.Count) : Math.Min(150, market.Count);
            using var file = new MemoryStream(Csv(delivery, market.Skip(d * 600).Concat(market).Take(rows).ToList(), d));
            var batch = await intake.CreateAsync("XZCF", delivery.Department, "330500", Actor, BatchSource.Upload, $"{delivery.Authority}行政处罚双公示_2026年11月.csv", file, cancellationToken);
            if (!batch.Succeeded)
            {
                return "归集演示数据未导入：" + batch.Error;
            }

            await db.Batches.Where(b => b.Id == batch.Value.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BatchStatus.Queued), cancellationToken);
            db.ChangeTracker.Clear();
            await jobs.ProcessBatchAsync(batch.Value.Id, cancellationToken);
            var done = await db.Batches.AsNoTracking().FirstAsync(b => b.Id == batch.Value.Id, cancellationToken);
            records += done.Inserted + done.Updated + done.Unchanged;
            rejected += done.Rejected;
        }

        await statistics.RebuildAsync(cancellationToken);
        return $"数据归集 / collection: {Deliveries.Length} 个演示批次，{records:N0} 条行政处罚记录，{rejected:N0} 行退回（含退回原因）" + (evaluation is null ? "" : "；" + evaluation);
    }

    /// <summary>
    /// The provincial platform's monthly 浙江省公共信用评价结果 for the demo organisations (item GGXYPJ, delivered by the
    /// credit centre), through the real pipeline, once. The province evaluates every organisation, so every demo
    /// organisation gets a score (up to <see cref="ProvincialEvaluationLimit"/>), spread like the observed 2018 enterprise
    /// results (domain.md §7: 406–960, 优秀 2.3 %, 良好 76.4 %, 中等 20.0 %, 较差 1.3 %). The provincial cut-offs are not
    /// public; the demo uses 优秀 ≥ 900, 良好 750–899, 中等 600–749, 较差 below, scores uniform within a grade
    /// (<see cref="ProvincialScore"/>). With the industry models' 30 + 0.07 × score this puts about a quarter of the
    /// organisations at 90 or more before their records count — the top of 良好 and 优秀 — so every field has A-grade
    /// subjects (about 10–25 %), most are B, the 中等 tail and the penalised are C and a few D.
    /// </summary>
    private async Task<string?> SeedProvincialEvaluationAsync(IReadOnlyList<OrganisationEntry> organisations, CancellationToken cancellationToken)
    {
        if (await db.Batches.AnyAsync(b => b.CreatedBy == Actor && b.ItemCode == WellKnownItems.ProvincialEvaluation.Code, cancellationToken))
        {
            return null;
        }

        var random = new Random(20261027);
        var text = new StringBuilder("主体名称,统一社会信用代码,身份证号码,评价批次,评价分值,评价等级,评价日期,评价机构\r\n");
        foreach (var org in organisations)
        {
            var (score, grade) = ProvincialScore(random);
            text.Append(string.Join(',', org.Name, org.Uscc, "", "202610", score.ToString("0.0", CultureInfo.InvariantCulture), grade, "2026-10-31", "浙江省公共信用信息平台")).Append("\r\n");
        }

        using var file = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
        var batch = await intake.CreateAsync(WellKnownItems.ProvincialEvaluation.Code, "HZ-XYZX", "330500", Actor, BatchSource.Upload, "浙江省公共信用评价结果_202610.csv", file, cancellationToken);
        if (!batch.Succeeded)
        {
            return "公共信用评价演示数据未导入：" + batch.Error;
        }

        await db.Batches.Where(b => b.Id == batch.Value.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BatchStatus.Queued), cancellationToken);
        db.ChangeTracker.Clear();
        await jobs.ProcessBatchAsync(batch.Value.Id, cancellationToken);
        var done = await db.Batches.AsNoTracking().FirstAsync(b => b.Id == batch.Value.Id, cancellationToken);
        return $"浙江省公共信用评价结果 202610 批次 {done.Inserted + done.Updated + done.Unchanged:N0} 条（退回 {done.Rejected:N0} 行）";
    }

    /// <summary>
    /// One provincial result of the demo: the grade drawn with the observed shares, the score uniform within the demo's
    /// band of that grade, with one decimal (评价等级 1 优秀, 2 良好, 3 中等, 4 较差).
    /// </summary>
    internal static (decimal Score, string Grade) ProvincialScore(Random random)
    {
        var draw = random.NextDouble();
        var (low, high, grade) = draw switch
        {
            < 0.023 => (900, 960, "1"),
            < 0.787 => (750, 899, "2"),
            < 0.987 => (600, 749, "3"),
            _ => (406, 599, "4"),
        };
        return (random.Next(low, high + 1) + (random.Next(0, 10) / 10m), grade);
    }

    private static byte[] Csv((string Department, string Authority, string Prefix, string AuthorityCode, (string Act, string Basis, string Kinds, string Content, string Fine, string Procedure)[] Cases) delivery, List<OrganisationEntry> organisations, int seed)
    {
        var random = new Random(20261126 + seed);
        var text = new StringBuilder();
        text.Append(string.Join(',', Headers)).Append("\r\n");
        for (var i = 0; i < organisations.Count; i++)
        {
            var org = organisations[i];
            var c = delivery.Cases[random.Next(delivery.Cases.Length)];
            var decision = new DateOnly(2024, 1, 2).AddDays(random.Next(1040));
            var date = decision.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            // A few rows as departments really get them wrong: a short code, an impossible date, a missing number.
            var code = i == 17 ? org.Uscc[..17] : org.Uscc;
            if (i == 41)
            {
                date = "2025-02-30";
            }

            var number = i == 73 ? "" : $"{delivery.Prefix}〔{decision.Year}〕{100 + i}号";
            // The legal representative's resident ID, as departments deliver it: stored encrypted, shown masked (ADR 0015).
            var representativeId = org.LegalRepresentative is null ? "" : RepresentativeId(org.Uscc);
            text.Append(string.Join(',',
                org.Name, "02", code, "", "", "", "", "", org.LegalRepresentative ?? "", "01", representativeId, "", "", number, c.Act,
                $"\"经查，当事人{c.Act}，事实清楚，证据确凿。\"", c.Basis, $"\"{c.Kinds}\"", $"\"{c.Content}\"", c.Fine, "", "", date, date, "",
                delivery.Authority, delivery.AuthorityCode, delivery.Authority, delivery.AuthorityCode, "", c.Procedure)).Append("\r\n");
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text.ToString());
    }

    /// <summary>A made-up but well-formed resident ID for an organisation's legal representative, the same for the same code.</summary>
    private static string RepresentativeId(string uscc)
    {
        var h = 2166136261u; // FNV-1a: deterministic across runs, unlike string.GetHashCode
        foreach (var c in uscc)
        {
            h = (h ^ c) * 16777619u;
        }

        string[] districts = ["330502", "330503", "330521", "330522", "330523"];
        return ResidentIdNumber.Compose(districts[h % 5], new DateOnly(1960, 1, 1).AddDays((int)(h / 5 % 12_000)), (int)(h / 60_000 % 999) + 1).Value;
    }
}
