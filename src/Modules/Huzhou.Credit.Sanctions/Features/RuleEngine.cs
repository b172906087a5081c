using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.SharedKernel.Time;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// Evaluates the rules against a subject's facts for a matter and stage: a pure function, so the rule editor's
/// trial and replay use exactly what the API uses. Decision: any blocking measure → 拦截; else any restricting
/// or warning measure → 提示; else any reward → 激励; else 通过.
/// </summary>
internal static class RuleEngine
{
    public static (CheckDecision Decision, IReadOnlyList<CheckHit> Hits) Evaluate(ActiveRules rules, Matter matter, CheckStages stage, SubjectFacts facts)
    {
        // Most checks hit nothing: a rule that does not hold allocates nothing (no iterator, closure or empty list);
        // this runs for every in-scope rule of every check.
        List<CheckHit>? hits = null;
        foreach (var rule in rules.Rules)
        {
            if (!InScope(rule, matter, stage, facts) || !rules.Measures.TryGetValue(rule.MeasureCode, out var measure))
            {
                continue;
            }

            if (Facts(rule, facts) is { } found)
            {
                (hits ??= []).Add(new CheckHit(rule.Name, measure, found));
            }
        }

        if (hits is null)
        {
            return (CheckDecision.Pass, []);
        }

        var decision =
            hits.Any(h => h.Measure.Action == MeasureAction.Block) ? CheckDecision.Block
            : hits.Any(h => h.Measure.Action is MeasureAction.Restrict or MeasureAction.Warn) ? CheckDecision.Warn
            : hits.Any(h => h.Measure.Action == MeasureAction.Favour) ? CheckDecision.Favour
            : CheckDecision.Pass;
        // Several rules may lead to the same measure (e.g. two bad-record windows): one hit per measure, with the
        // rules' names and their facts together.
        var merged = hits
            .GroupBy(h => h.Measure.Code, StringComparer.Ordinal)
            .Select(g => new CheckHit(string.Join("；", g.Select(h => h.RuleName).Distinct()), g.First().Measure, g.SelectMany(h => h.Facts).Distinct().ToList()))
            .OrderBy(h => h.Measure.Action)
            .ToList();
        return (decision, merged);
    }

    private static bool InScope(Rule rule, Matter matter, CheckStages stage, SubjectFacts facts) =>
        (rule.Stages & stage) != 0
        && (rule.Domains.Length == 0 || Array.IndexOf(rule.Domains, (short)matter.Domain) >= 0)
        && rule.Scope switch
        {
            SubjectScope.Organisations => !facts.IsPerson,
            SubjectScope.Persons => facts.IsPerson,
            _ => true,
        };

    /// <summary>The facts that make the rule's condition hold, as sentences a clerk reads; null when it does not hold.</summary>
    private static List<string>? Facts(Rule rule, SubjectFacts facts)
    {
        List<string>? found = null;
        switch (rule.Condition)
        {
            case ConditionKind.OnList:
                foreach (var l in facts.Lists)
                {
                    if (string.Equals(l.ListTypeCode, rule.Parameter, StringComparison.Ordinal))
                    {
                        (found ??= []).Add($"列入“{l.ListName}”：{l.DecidingAuthority} {l.DocumentNumber}，{l.EffectiveFrom:yyyy-MM-dd} 起，有效期至 {(l.ExpiresOn is { } e ? e.ToString("yyyy-MM-dd") : "长期")}；依据 {l.Basis}");
                    }
                }

                return found;
            case ConditionKind.BadRecordWithin:
                var since = facts.Today.AddMonths(-(rule.Months ?? 0));
                var minimum = rule.MinimumClass ?? 2;
                foreach (var r in facts.BadRecords)
                {
                    if (r.DecisionDate >= since && (short)(r.PenaltyClass ?? PenaltyClass.General) >= minimum)
                    {
                        (found ??= []).Add($"{r.ItemName} {r.Reference}（{r.DecisionDate:yyyy-MM-dd}，{ClassName(r.PenaltyClass)}）");
                        if (found.Count == 5)
                        {
                            break;
                        }
                    }
                }

                return found;
            case ConditionKind.PendingVerification:
                return facts.PendingVerification ? ["主体由归集数据自动建立，登记信息尚待信用办核实"] : null;
            case ConditionKind.GradeIn:
                if (facts.Grades.Count == 0)
                {
                    return null;
                }

                var (field, grades) = GradeParameter.Parse(rule.Parameter);
                foreach (var g in facts.Grades)
                {
                    if ((field is null || string.Equals(g.FieldCode, field, StringComparison.Ordinal)) && grades.Contains(g.Grade, StringComparer.OrdinalIgnoreCase))
                    {
                        (found ??= []).Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{g.FieldName}行业信用评价 {g.GradeName}（{g.Score:0.##} 分，模型第 {g.ModelVersion} 版，{ShanghaiTime.Format(g.EvaluatedAt, "yyyy-MM-dd")} 评定）"));
                    }
                }

                return found;
            case ConditionKind.BreachedCommitmentWithin:
                var from = facts.Today.AddMonths(-(rule.Months ?? 0));
                foreach (var b in facts.Breaches)
                {
                    if (b.FoundOn >= from)
                    {
                        (found ??= []).Add($"违背信用承诺：{b.TypeName}承诺 {b.Number}（{b.Matter}），{b.DepartmentName} {b.FoundOn:yyyy-MM-dd} 认定违诺");
                        if (found.Count == 5)
                        {
                            break;
                        }
                    }
                }

                return found;
            default:
                return null;
        }
    }

    /// <summary>The grade condition's parameter: grades separated by commas, optionally after a field code and a colon (JZY:C,D).</summary>
    internal static class GradeParameter
    {
        public static (string? Field, string[] Grades) Parse(string? parameter)
        {
            var text = (parameter ?? "").Trim().Replace('：', ':');
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var field = colon > 0 ? text[..colon].Trim().ToUpperInvariant() : null;
            var grades = (colon >= 0 ? text[(colon + 1)..] : text)
                .Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return (field, grades);
        }
    }

    /// <summary>A record without a class counts (and reads) as 一般.</summary>
    private static string ClassName(PenaltyClass? penaltyClass) => CreditRecordNames.Of(penaltyClass ?? PenaltyClass.General);
}
