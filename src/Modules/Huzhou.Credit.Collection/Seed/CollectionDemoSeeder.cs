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
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Collection.Seed;

/// <summary>
/// The demo city's deliveries: double-publicity penalty files of four city bureaus over the last six months,
/// in GBK with the standard Chinese headers and a few bad rows, imported through the real pipeline, so
/// batches, rejection reports, records on subject pages and the quality statistics all have content.
/// </summary>
internal sealed class CollectionDemoSeeder(
    CollectionDbContext db,
    BatchIntake intake,
    CollectionJobs jobs,
    CollectionStatistics statistics,
    ISubjectDirectory subjects,
    TimeProvider clock) : IDemoSeeder
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

    private static readonly (string Act, string Basis, string Kinds, string Content, string Fine, string Procedure)[] MarketCases =
    [
        ("未按规定公示年度报告", "《中华人民共和国市场主体登记管理条例》第四十六条", "警告", "警告", "", "01"),
        ("销售不符合食品安全标准的食品", "《中华人民共和国食品安全法》第一百二十四条", "罚款、没收违法所得", "罚款人民币二万元，没收违法所得", "2", "02"),
        ("虚假宣传", "《中华人民共和国反不正当竞争法》第二十条", "罚款", "罚款人民币五万元", "5", "02"),
        ("使用未经检验的特种设备", "《中华人民共和国特种设备安全法》第八十四条", "罚款", "罚款人民币三万元", "3", "02"),
        ("生产销售伪劣产品", "《中华人民共和国产品质量法》第五十条", "罚款、吊销许可证件", "罚款人民币六十万元，吊销生产许可证", "60", "02"),
    ];

    /// <summary>
    /// The demo's penalty deliveries, so the three rates show a believable mix: each department delivers monthly over the
    /// last six months (the batch dated on its delivery day, so the month trend and the working-day delays are real), with
    /// its own habits — how many rows, how many working days after the decision it usually delivers, which mistakes it
    /// makes (row indexes of a short credit code, an impossible date, a missing document number), when it last delivered
    /// (the ecology and emergency bureaus have fallen behind: 逾期未报送) — and the market-regulation bureau's first batch
    /// also carries 30 decisions of 2023–2024, older history counted apart from 及时率 and the average delay.
    /// </summary>
    private static readonly DemoDelivery[] Deliveries =
    [
        new("HZ-SJJ", "湖州市市场监督管理局", "湖市监处罚", UnifiedSocialCreditCode.Compose("11", "330500", "00254613").Value, MarketCases,
            Batches: 6, Rows: 100, LastDaysAgo: 2, MaxLagDays: 12, Errors: [17, 41], HistoryRows: 30),
        new("HZ-STHJJ", "湖州市生态环境局", "湖环罚", UnifiedSocialCreditCode.Compose("11", "330500", "00254615").Value,
        [
            ("超标排放水污染物", "《中华人民共和国水污染防治法》第八十三条", "罚款", "罚款人民币十二万元", "12", "02"),
            ("未批先建", "《中华人民共和国环境影响评价法》第三十一条", "罚款", "罚款人民币八万元", "8", "02"),
            ("危险废物贮存不规范", "《中华人民共和国固体废物污染环境防治法》第一百一十二条", "罚款", "罚款人民币十万元", "10", "02"),
        ], Batches: 6, Rows: 25, LastDaysAgo: 21, MaxLagDays: 30, Errors: [3, 11, 19], HistoryRows: 0),
        new("HZ-ZHZF", "湖州市综合行政执法局", "湖综执罚", UnifiedSocialCreditCode.Compose("11", "330500", "00254631").Value,
        [
            ("违规设置户外广告", "《浙江省城市市容和环境卫生管理条例》第四十八条", "罚款", "罚款人民币五千元", "0.5", "02"),
            ("未经许可占用城市道路", "《城市道路管理条例》第四十二条", "警告", "警告", "", "01"),
            ("建筑垃圾未按规定处置", "《城市建筑垃圾管理规定》第二十六条", "罚款", "罚款人民币一万元", "1", "02"),
        ], Batches: 4, Rows: 30, LastDaysAgo: 4, MaxLagDays: 8, Errors: [23], HistoryRows: 0),
        new("HZ-YJJ", "湖州市应急管理局", "湖应急罚", UnifiedSocialCreditCode.Compose("11", "330500", "00254627").Value,
        [
            ("未按规定开展安全生产教育和培训", "《中华人民共和国安全生产法》第九十七条", "罚款", "罚款人民币三万元", "3", "02"),
            ("危险化学品储存不符合规定", "《危险化学品安全管理条例》第八十条", "罚款、责令停产停业", "罚款人民币十万元，责令停产停业整顿", "10", "02"),
        ], Batches: 3, Rows: 20, LastDaysAgo: 45, MaxLagDays: 45, Errors: [5, 9], HistoryRows: 0),
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

        // The penalising bureaus (market regulation, ecology, law enforcement, emergency management) penalise market subjects (credit codes 9…: enterprises, individual
        // businesses, farmers' cooperatives), not museums, archives or welfare centres; among the first 900 of them, so
        // the rest of the city has a clean record (the industry grades need both).
        var market = organisations.Where(o => o.Uscc.StartsWith('9')).Take(900).ToList();
        if (market.Count == 0)
        {
            return evaluation;
        }

        long records = 0, rejected = 0, batches = 0;
        var today = ShanghaiTime.Today(clock);
        for (var d = 0; d < Deliveries.Length; d++)
        {
            var delivery = Deliveries[d];
            var random = new Random(20261126 + d);
            for (var b = 0; b < delivery.Batches; b++)
            {
                // Oldest batch first, a month apart, the last one LastDaysAgo days ago.
                var deliveredOn = today.AddDays(-delivery.LastDaysAgo - (30 * (delivery.Batches - 1 - b)));
                var rows = market.Skip(((d * 7) + b) * delivery.Rows % market.Count).Concat(market).Take(delivery.Rows).ToList();
                var history = b == 0 ? delivery.HistoryRows : 0;
                using var file = new MemoryStream(Csv(delivery, rows, random, deliveredOn, history, b));
                var batch = await intake.CreateAsync("XZCF", delivery.Department, "330500", Actor, BatchSource.Upload,
                    $"{delivery.Authority}行政处罚双公示_{deliveredOn:yyyyMMdd}.csv", file, cancellationToken);
                if (!batch.Succeeded)
                {
                    return "归集演示数据未导入：" + batch.Error;
                }

                // Dated on its delivery day (Asia/Shanghai 10:00): the statistics row and the working-day delays count from it.
                var createdAt = ShanghaiTime.StartOfDay(deliveredOn).AddHours(10);
                await db.Batches.Where(x => x.Id == batch.Value.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Status, BatchStatus.Queued)
                    .SetProperty(x => x.CreatedAt, createdAt), cancellationToken);
                db.ChangeTracker.Clear();
                await jobs.ProcessBatchAsync(batch.Value.Id, cancellationToken);
                var done = await db.Batches.AsNoTracking().FirstAsync(x => x.Id == batch.Value.Id, cancellationToken);
                await db.Batches.Where(x => x.Id == done.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.StartedAt, createdAt.AddMinutes(1))
                    .SetProperty(x => x.FinishedAt, createdAt.AddMinutes(2)), cancellationToken);
                records += done.Inserted + done.Updated + done.Unchanged;
                rejected += done.Rejected;
                batches++;
            }
        }

        await statistics.RebuildAsync(cancellationToken);
        return $"数据归集 / collection: {batches} 个演示批次（{Deliveries.Length} 个部门，近六个月），{records:N0} 条行政处罚记录，{rejected:N0} 行退回（含退回原因）" + (evaluation is null ? "" : "；" + evaluation);
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

    /// <summary>
    /// One batch's file: decisions 0..MaxLagDays calendar days before the delivery (history rows in 2023–2024), the
    /// department's usual mistakes at their row indexes, document numbers unique per department and batch.
    /// </summary>
    private static byte[] Csv(DemoDelivery delivery, List<OrganisationEntry> organisations, Random random, DateOnly deliveredOn, int historyRows, int batchIndex)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Headers)).Append("\r\n");
        for (var i = 0; i < organisations.Count; i++)
        {
            var org = organisations[i];
            var c = delivery.Cases[random.Next(delivery.Cases.Length)];
            // Most decisions arrive within a few days; the lag is skewed towards the department's usual pace.
            var lag = (int)Math.Round(Math.Pow(random.NextDouble(), 2) * delivery.MaxLagDays);
            var decision = i < historyRows ? new DateOnly(2023, 3, 1).AddDays(random.Next(600)) : deliveredOn.AddDays(-lag);
            var date = decision.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            // A few rows as departments really get them wrong: a short code, an impossible date, a missing number.
            var error = Array.IndexOf(delivery.Errors, i);
            var code = error == 0 ? org.Uscc[..17] : org.Uscc;
            if (error == 1)
            {
                date = $"{decision.Year}-02-30";
            }

            var number = error == 2 ? "" : $"{delivery.Prefix}〔{decision.Year}〕{batchIndex + 1}{i + 100:D3}号";
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
