using System.Globalization;
using System.Text;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Collection.Seed;

/// <summary>
/// The demo city's deliveries: a year of double-publicity penalty and licence files, certificates and random
/// inspections from sixteen city bureaus (<see cref="DemoFiles"/>: GB18030 with the standard Chinese headers and a few
/// bad rows), imported through the real pipeline, so batches, rejection reports, records on subject pages and the quality
/// statistics with their month trend all have content.
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

    /// <summary>
    /// The demo's deliveries over the last year, so the three rates and their month trend show a believable mix: most
    /// bureaus deliver their penalties (行政处罚), licences (行政许可), certificates (资质资格证照) and random inspections
    /// (双随机抽查) monthly, each with its own habits — volume, how many days after the decision it delivers (the
    /// market-regulation bureau often takes more than 7 working days), its usual mistakes; a few have fallen behind
    /// (逾期未报送): ecology and emergency management on penalties, the health commission on licences and certificates since
    /// the summer, human resources on penalties, ecology on inspections; many providers deliver nothing at all (上报率 below
    /// 100 %). The market-regulation bureau's first penalty batch also carries 30 decisions of 2023–2024, older history
    /// counted apart from 及时率 and the average delay.
    /// </summary>
    private static readonly DemoDelivery[] Deliveries =
    [
        new("HZ-SJJ", "XZCF", Batches: 12, Rows: 40, LastDaysAgo: 2, MaxLagDays: 12, Errors: [17, 31], HistoryRows: 30),
        new("HZ-STHJJ", "XZCF", Batches: 12, Rows: 12, LastDaysAgo: 21, MaxLagDays: 30, Errors: [3, 7, 11]),
        new("HZ-ZHZF", "XZCF", Batches: 8, Rows: 15, LastDaysAgo: 4, MaxLagDays: 8, Errors: [9]),
        new("HZ-YJJ", "XZCF", Batches: 6, Rows: 10, LastDaysAgo: 45, MaxLagDays: 45, Errors: [5, 9]),
        new("HZ-JSJ", "XZCF", Batches: 12, Rows: 5, LastDaysAgo: 6, MaxLagDays: 10, Errors: []),
        new("HZ-JTJ", "XZCF", Batches: 12, Rows: 5, LastDaysAgo: 3, MaxLagDays: 6, Errors: [2]),
        new("HZ-NYJ", "XZCF", Batches: 6, Rows: 5, LastDaysAgo: 9, MaxLagDays: 20, Errors: []),
        new("HZ-SW", "XZCF", Batches: 12, Rows: 5, LastDaysAgo: 1, MaxLagDays: 4, Errors: []),
        new("HZ-RSJ", "XZCF", Batches: 4, Rows: 5, LastDaysAgo: 75, MaxLagDays: 25, Errors: [1], EveryDays: 60),
        new("HZ-SJJ", "XZXK", Batches: 12, Rows: 40, LastDaysAgo: 1, MaxLagDays: 5, Errors: [12]),
        new("HZ-STHJJ", "XZXK", Batches: 12, Rows: 10, LastDaysAgo: 10, MaxLagDays: 15, Errors: []),
        new("HZ-YJJ", "XZXK", Batches: 6, Rows: 5, LastDaysAgo: 60, MaxLagDays: 10, Errors: []),
        new("HZ-JSJ", "XZXK", Batches: 12, Rows: 20, LastDaysAgo: 3, MaxLagDays: 6, Errors: [4]),
        new("HZ-JTJ", "XZXK", Batches: 12, Rows: 20, LastDaysAgo: 2, MaxLagDays: 4, Errors: []),
        new("HZ-WJW", "XZXK", Batches: 8, Rows: 15, LastDaysAgo: 120, MaxLagDays: 6, Errors: [6]),
        new("HZ-MZJ", "XZXK", Batches: 12, Rows: 4, LastDaysAgo: 8, MaxLagDays: 10, Errors: []),
        new("HZ-JYJ", "XZXK", Batches: 12, Rows: 3, LastDaysAgo: 12, MaxLagDays: 14, Errors: []),
        new("HZ-NYJ", "XZXK", Batches: 12, Rows: 6, LastDaysAgo: 5, MaxLagDays: 9, Errors: []),
        new("HZ-SLJ", "XZXK", Batches: 12, Rows: 3, LastDaysAgo: 7, MaxLagDays: 8, Errors: []),
        new("HZ-WGLJ", "XZXK", Batches: 12, Rows: 5, LastDaysAgo: 4, MaxLagDays: 6, Errors: []),
        new("HZ-GAJ", "XZXK", Batches: 12, Rows: 6, LastDaysAgo: 2, MaxLagDays: 3, Errors: []),
        new("HZ-ZGJ", "XZXK", Batches: 12, Rows: 5, LastDaysAgo: 15, MaxLagDays: 20, Errors: [1]),
        new("HZ-SW", "XZXK", Batches: 12, Rows: 8, LastDaysAgo: 1, MaxLagDays: 2, Errors: []),
        new("HZ-JSJ", "ZZXX", Batches: 12, Rows: 10, LastDaysAgo: 5, MaxLagDays: 10, Errors: []),
        new("HZ-JTJ", "ZZXX", Batches: 12, Rows: 8, LastDaysAgo: 6, MaxLagDays: 7, Errors: [3]),
        new("HZ-WJW", "ZZXX", Batches: 8, Rows: 5, LastDaysAgo: 120, MaxLagDays: 5, Errors: []),
        new("HZ-RSJ", "ZZXX", Batches: 12, Rows: 3, LastDaysAgo: 9, MaxLagDays: 12, Errors: []),
        new("HZ-SJJ", "SSJCC", Batches: 4, Rows: 30, LastDaysAgo: 20, MaxLagDays: 10, Errors: [2], EveryDays: 90),
        new("HZ-STHJJ", "SSJCC", Batches: 2, Rows: 10, LastDaysAgo: 150, MaxLagDays: 15, Errors: [], EveryDays: 90),
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

        // Penalties fall on market subjects (credit codes 9…: enterprises, individual businesses, farmers' cooperatives), not
        // museums, archives or welfare centres; among the first 900 of them, so the rest of the city has a clean record (the
        // industry grades need both). Licences, certificates and inspections go to market subjects all over the city.
        var licensees = organisations.Where(o => o.Uscc.StartsWith('9')).ToList();
        var market = licensees.Take(900).ToList();
        if (market.Count == 0)
        {
            return evaluation;
        }

        long records = 0, rejected = 0, batches = 0;
        var today = ShanghaiTime.Today(clock);
        for (var d = 0; d < Deliveries.Length; d++)
        {
            var delivery = Deliveries[d];
            var authority = DemoAuthority.All[delivery.Department];
            var subjectsOfItem = delivery.ItemCode == "XZCF" ? market : licensees;
            var random = new Random(20261126 + d);
            for (var b = 0; b < delivery.Batches; b++)
            {
                // Oldest batch first, EveryDays apart, the last one LastDaysAgo days ago.
                var deliveredOn = today.AddDays(-delivery.LastDaysAgo - (delivery.EveryDays * (delivery.Batches - 1 - b)));
                var rows = subjectsOfItem.Skip(((d * 7) + b) * delivery.Rows % subjectsOfItem.Count).Concat(subjectsOfItem).Take(delivery.Rows).ToList();
                using var file = new MemoryStream(DemoFiles.Batch(delivery, authority, rows, random, deliveredOn, b));
                var batch = await intake.CreateAsync(delivery.ItemCode, delivery.Department, "330500", Actor, BatchSource.Upload,
                    $"{authority.Name}_{delivery.ItemCode}_{deliveredOn:yyyyMMdd}.csv", file, cancellationToken);
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
        var departments = Deliveries.Select(x => x.Department).Distinct().Count();
        return $"数据归集 / collection: {batches} 个演示批次（{departments} 个部门，近一年：行政处罚、行政许可、资质资格证照、双随机抽查），{records:N0} 条记录，{rejected:N0} 行退回（含退回原因）" + (evaluation is null ? "" : "；" + evaluation);
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

        // The province's latest monthly result: evaluated on the last day of last month, delivered three days later (or
        // today, early in a month), so the credit centre's delivery is on time and within the quality page's default month.
        var today = ShanghaiTime.Today(clock);
        var evaluatedOn = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        var deliveredOn = evaluatedOn.AddDays(3) < today ? evaluatedOn.AddDays(3) : today;
        var round = evaluatedOn.ToString("yyyyMM", CultureInfo.InvariantCulture);
        var evaluated = evaluatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var random = new Random(20261027);
        var text = new StringBuilder("主体名称,统一社会信用代码,身份证号码,评价批次,评价分值,评价等级,评价日期,评价机构\r\n");
        foreach (var org in organisations)
        {
            var (score, grade) = ProvincialScore(random);
            text.Append(string.Join(',', org.Name, org.Uscc, "", round, score.ToString("0.0", CultureInfo.InvariantCulture), grade, evaluated, "浙江省公共信用信息平台")).Append("\r\n");
        }

        using var file = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
        var batch = await intake.CreateAsync(WellKnownItems.ProvincialEvaluation.Code, "HZ-XYZX", "330500", Actor, BatchSource.Upload, $"浙江省公共信用评价结果_{round}.csv", file, cancellationToken);
        if (!batch.Succeeded)
        {
            return "公共信用评价演示数据未导入：" + batch.Error;
        }

        // Dated on its delivery day, not on the day the demo is seeded.
        var createdAt = deliveredOn < today ? ShanghaiTime.StartOfDay(deliveredOn).AddHours(10) : clock.GetUtcNow();
        await db.Batches.Where(b => b.Id == batch.Value.Id).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Status, BatchStatus.Queued)
            .SetProperty(b => b.CreatedAt, createdAt), cancellationToken);
        db.ChangeTracker.Clear();
        await jobs.ProcessBatchAsync(batch.Value.Id, cancellationToken);
        var done = await db.Batches.AsNoTracking().FirstAsync(b => b.Id == batch.Value.Id, cancellationToken);
        if (createdAt < clock.GetUtcNow().AddHours(-1))
        {
            await db.Batches.Where(b => b.Id == done.Id).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.StartedAt, createdAt.AddMinutes(1))
                .SetProperty(b => b.FinishedAt, createdAt.AddMinutes(2)), cancellationToken);
        }

        return $"浙江省公共信用评价结果 {round} 批次 {done.Inserted + done.Updated + done.Unchanged:N0} 条（退回 {done.Rejected:N0} 行）";
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
}
