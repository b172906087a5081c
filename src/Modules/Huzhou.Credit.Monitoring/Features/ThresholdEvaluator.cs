using System.Globalization;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Evaluates threshold rules: measures each (<see cref="ThresholdMeasurer"/>), keeps the last value on the rule, and for
/// every scope value beyond the threshold inserts one alert per recipient with the fact key (rule, scope value, month) —
/// <c>ON CONFLICT DO NOTHING</c> on the alerts' unique index, so a second evaluation in the same month adds nothing and
/// the next month's breach raises a new one. Recipients: the city credit office (<c>c:330500</c>) always; with
/// <see cref="ThresholdRule.NotifyConcerned"/> also the department (<c>d:</c>, linking to its scorecard) of a rate rule or
/// the district credit office (<c>c:</c>) of a district scope.
/// </summary>
internal sealed class ThresholdEvaluator(MonitoringDbContext db, ThresholdMeasurer measurer, NpgsqlDataSource dataSource, AlertMailer mailer, TimeProvider clock)
{
    private const string InsertSql = """
        INSERT INTO credit.monitoring_alerts (owner, watch_list_id, set_watch_id, subject_id, subject_name, subject_code, is_person, district_code,
            trigger, fact_key, title, detail, serious, link, link_id, link_code, occurred_at, created_at, subject_count)
        SELECT a.owner, 0, NULL, 0, a.name, a.code, false, a.district, @trigger, a.key, a.title, a.detail, @serious, a.link, @rule, a.code, @now, @now, 1
        FROM unnest(@owners, @names, @codes, @districts, @keys, @titles, @details, @links) AS a(owner, name, code, district, key, title, detail, link)
        ON CONFLICT (owner, subject_id, trigger, fact_key) DO NOTHING
        RETURNING id
        """;

    /// <summary>Evaluates every enabled rule (the nightly job). Returns the alerts raised.</summary>
    public async Task<int> EvaluateAllAsync(CancellationToken cancellationToken)
    {
        var ids = await db.ThresholdRules.AsNoTracking().Where(r => r.Enabled).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        return await EvaluateAsync(ids, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>
    /// Evaluates the rules an event marked (debounce: however many deliveries marked a rule since the last run, it is
    /// evaluated once). The mark is cleared before the rule is measured, so an event arriving meanwhile marks it again.
    /// </summary>
    public async Task<int> EvaluatePendingAsync(CancellationToken cancellationToken)
    {
        var ids = await db.Database.SqlQuery<long>(
            $"UPDATE credit.monitoring_threshold_rules SET dirty_since = NULL WHERE dirty_since IS NOT NULL RETURNING id AS \"Value\"").ToListAsync(cancellationToken);
        return ids.Count == 0 ? 0 : await EvaluateAsync(ids, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>Evaluates these rules (disabled ones are skipped) as of <paramref name="now"/>; returns the alerts raised.</summary>
    public async Task<int> EvaluateAsync(IReadOnlyCollection<long> ruleIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var raised = 0;
        var rules = await db.ThresholdRules.Where(r => ruleIds.Contains(r.Id) && r.Enabled).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        foreach (var rule in rules)
        {
            var measures = await measurer.MeasureAsync(rule, now, cancellationToken);
            raised += await RaiseAsync(rule, measures, now, cancellationToken);
            Remember(rule, measures, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return raised;
    }

    private static void Remember(ThresholdRule rule, IReadOnlyList<ThresholdMeasure> measures, DateTimeOffset now)
    {
        var measured = measures.Where(m => m.Value is not null).ToList();
        var worst = rule.Comparison == ThresholdComparison.Below ? measured.OrderBy(m => m.Value).ToList() : measured.OrderByDescending(m => m.Value).ToList();
        rule.LastEvaluatedAt = now;
        rule.LastValue = worst.FirstOrDefault()?.Value;
        rule.LastBreaches = measures.Count(m => m.Breached);
        rule.LastSummary = worst.Count == 0
            ? "暂无可计算的数据"
            : Clip(string.Join("；", worst.Take(3).Select(m => $"{m.Label} {ThresholdMetrics.Format(rule.Metric, m.Value!.Value)}")) + (worst.Count > 3 ? $" 等 {worst.Count} 项" : ""), 500);
    }

    private async Task<int> RaiseAsync(ThresholdRule rule, IReadOnlyList<ThresholdMeasure> measures, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(ShanghaiTime.ToShanghai(now).DateTime);
        var period = ThresholdPeriods.Key(today);
        var rows = new List<(string Owner, ThresholdMeasure Measure, AlertLink Link)>();
        foreach (var m in measures.Where(m => m.Breached))
        {
            rows.Add((StaffOwners.CreditOffice(StaffOwners.City), m, AlertLink.ThresholdRule));
            if (!rule.NotifyConcerned)
            {
                continue;
            }

            if (ThresholdMetrics.IsRate(rule.Metric))
            {
                rows.Add((WatchList.DepartmentOwner(m.Scope), m, AlertLink.Scorecard));
            }
            else if (m.DistrictCode != StaffOwners.City)
            {
                rows.Add((StaffOwners.CreditOffice(m.DistrictCode), m, AlertLink.ThresholdRule));
            }
        }

        if (rows.Count == 0)
        {
            return 0;
        }

        await using var command = dataSource.CreateCommand(InsertSql);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<string[]>("owners", [.. rows.Select(r => r.Owner)]));
        p.Add(new NpgsqlParameter<string[]>("names", [.. rows.Select(r => Clip(r.Measure.Label, 200))]));
        p.Add(new NpgsqlParameter<string[]>("codes", [.. rows.Select(r => Clip(r.Measure.Scope, 18))]));
        p.Add(new NpgsqlParameter<string[]>("districts", [.. rows.Select(r => Clip(r.Measure.DistrictCode, 6))]));
        p.Add(new NpgsqlParameter<string[]>("keys", [.. rows.Select(r => Clip(ThresholdPeriods.FactKey(rule.Id, r.Measure.Scope, period), 100))]));
        p.Add(new NpgsqlParameter<string[]>("titles", [.. rows.Select(r => Clip(Title(rule, r.Measure), 300))]));
        p.Add(new NpgsqlParameter<string[]>("details", [.. rows.Select(r => Clip(Detail(rule, r.Measure, today, now), 4000))]));
        p.Add(new NpgsqlParameter<short[]>("links", [.. rows.Select(r => (short)r.Link)]));
        p.Add(new NpgsqlParameter<short>("trigger", (short)AlertTrigger.ThresholdRule));
        p.Add(new NpgsqlParameter<bool>("serious", rule.Serious));
        p.Add(new NpgsqlParameter<long>("rule", rule.Id));
        p.Add(new NpgsqlParameter<DateTime>("now", now.UtcDateTime));
        var created = new List<long>();
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
            {
                created.Add(r.GetInt64(0));
            }
        }

        if (created.Count > 0)
        {
            await mailer.SendImmediateAsync(created, cancellationToken);
        }

        return created.Count;
    }

    public static string Title(ThresholdRule rule, ThresholdMeasure m) =>
        $"{rule.Name}：{m.Label} {ThresholdMetrics.Format(rule.Metric, m.Value ?? 0)}（阈值{ThresholdMetrics.Condition(rule)}）";

    public static string Detail(ThresholdRule rule, ThresholdMeasure m, DateOnly today, DateTimeOffset now)
    {
        var value = ThresholdMetrics.Format(rule.Metric, m.Value ?? 0);
        var basis = rule.Metric switch
        {
            ThresholdMetric.SeriousPenalties => $"{ThresholdPeriods.Name(today)}决定的严重失信处罚（不含已撤销）共 {m.Part} 条",
            ThresholdMetric.GradeShare => $"评价领域 {rule.FieldCode} 的 {m.Whole} 个已评价主体中 {rule.Grade} 级 {m.Part} 个" + (rule.WatchListId is null ? "" : "（限关注名单内主体）"),
            ThresholdMetric.Timeliness => $"近 {rule.WindowDays} 天接收的一年内决定的记录 {m.Whole} 条中按时报送 {m.Part} 条",
            ThresholdMetric.Compliance => $"近 {rule.WindowDays} 天接收 {m.Whole} 条中通过校验 {m.Part} 条",
            _ => $"应报送的 {m.Whole} 个目录项中近 {rule.WindowDays} 天已报送 {m.Part} 个",
        };
        var at = ShanghaiTime.ToShanghai(now).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"阈值规则「{rule.Name}」：{m.Label}{ThresholdMetrics.Name(rule.Metric)}为 {value}（{basis}），{ThresholdMetrics.Condition(rule)}的阈值。"
            + $"同一规则、同一范围每月只提醒一次（{ThresholdPeriods.Name(today)}）。计算于 {at}。";
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
