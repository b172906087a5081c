using System.Globalization;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Seed;

/// <summary>
/// The demo's threshold rules, written as the city credit office would: 吴兴区本月严重失信处罚超过 5 条; the 及时率 of the
/// department furthest behind (近 90 天) below 90 %; the share of grade D in the first graded field above 10 %. Then one
/// evaluation, so the visitor finds the rules' last values and the alerts they raised in the credit office's inbox.
/// Idempotent (nothing when a rule exists).
/// </summary>
internal sealed class ThresholdRuleDemoSeeder(MonitoringDbContext db, ThresholdMeasurer measurer, ThresholdEvaluator evaluator, IEvaluationFields fields, TimeProvider clock) : IDemoSeeder
{
    // After the watch lists and their alerts.
    public int Order => 96;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        if (await db.ThresholdRules.AnyAsync(cancellationToken))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var rules = new List<ThresholdRule>
        {
            Rule("吴兴区本月严重失信处罚超过 5 条", ThresholdMetric.SeriousPenalties, ThresholdComparison.Above, 5, serious: true, now, r => r.DistrictCode = "330502"),
        };

        // The department furthest behind over the last 90 days.
        var probe = Rule("", ThresholdMetric.Timeliness, ThresholdComparison.Below, 90, serious: false, now, r => (r.DepartmentCode, r.WindowDays) = (ThresholdRule.Each, 90));
        var behind = (await measurer.MeasureAsync(probe, now, cancellationToken)).Where(m => m.Value is not null).MinBy(m => m.Value);
        if (behind is not null)
        {
            rules.Add(Rule($"{behind.Label}及时率低于 90%", ThresholdMetric.Timeliness, ThresholdComparison.Below, 90, serious: false, now, r =>
            {
                (r.DepartmentCode, r.WindowDays, r.NotifyConcerned) = (behind.Scope, 90, true);
            }));
        }

        var field = (await fields.FieldsAsync(cancellationToken)).FirstOrDefault(f => !f.Retired && f.Grades.Any(g => g.Grade == "D"));
        if (field is not null)
        {
            rules.Add(Rule($"{field.Name} D 级占比高于 10%", ThresholdMetric.GradeShare, ThresholdComparison.Above, 10, serious: false, now, r => (r.FieldCode, r.Grade) = (field.Code, "D")));
        }

        db.ThresholdRules.AddRange(rules);
        await db.SaveChangesAsync(cancellationToken);
        var raised = await evaluator.EvaluateAsync([.. rules.Select(r => r.Id)], now, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"阈值规则：{rules.Count} 条（{string.Join("；", rules.Select(r => r.Name))}），首次评估发出 {raised} 条提醒。");
    }

    private static ThresholdRule Rule(string name, ThresholdMetric metric, ThresholdComparison comparison, decimal threshold, bool serious, DateTimeOffset now, Action<ThresholdRule> scope)
    {
        var rule = new ThresholdRule
        {
            Name = name,
            Metric = metric,
            Comparison = comparison,
            Threshold = threshold,
            Serious = serious,
            CreatedBy = "xinyongban",
            CreatedAt = now,
        };
        scope(rule);
        return rule;
    }
}
