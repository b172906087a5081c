using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// The names behind rule parameters — list types from the Lists module, fields and their grades from the Evaluation
/// module — to show a rule as words and to offer its parameter as a picker. The parameter keeps the format the engine
/// parses: a list-type code (<c>SXBZXR</c>), or grades optionally limited to a field (<c>D</c>, <c>JZY:C,D</c>).
/// </summary>
internal sealed record RuleVocabulary(IReadOnlyList<ListTypeInfo> ListTypes, IReadOnlyList<EvaluationFieldInfo> Fields)
{
    public static readonly RuleVocabulary Empty = new([], []);

    /// <summary>A rule's condition as words, and the raw parameter for a tooltip (null when there is none).</summary>
    public (string Text, string? Title) Describe(Rule rule) => rule.Condition switch
    {
        ConditionKind.OnList => ("列入名单：" + ListName(rule.Parameter), rule.Parameter),
        ConditionKind.BadRecordWithin => ($"{rule.Months} 个月内{(rule.MinimumClass == 3 ? "严重" : "一般及以上")}失信记录", null),
        ConditionKind.PendingVerification => ("主体待核实", null),
        ConditionKind.BreachedCommitmentWithin => ($"{rule.Months} 个月内违反承诺", null),
        _ => ("行业信用评价等级：" + GradeText(rule.Parameter), rule.Parameter),
    };

    public string ListName(string? code) =>
        ListTypes.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase))?.Name ?? code ?? "";

    /// <summary><c>JZY:C,D</c> as 建筑业 C级（较差）、D级（差）; <c>D</c> as 各领域 D级.</summary>
    public string GradeText(string? parameter)
    {
        var (fieldCode, grades) = RuleEngine.GradeParameter.Parse(parameter);
        if (fieldCode is null)
        {
            return "各领域 " + string.Join("、", grades.Select(g => g.ToUpperInvariant() + "级"));
        }

        var field = Field(fieldCode);
        return (field?.Name ?? fieldCode) + " " + string.Join("、", grades.Select(g => GradeName(field, g)));
    }

    /// <summary>The list types new rules may name: (code, label), black lists first.</summary>
    public IEnumerable<(string Value, string Label)> ListOptions() =>
        ListTypes.Where(t => t.IsActive).OrderBy(t => t.IsBlack ? 0 : 1)
            .Select(t => (t.Code, $"{(t.IsBlack ? "黑名单" : "红名单")} · {t.Name}"));

    /// <summary>
    /// The grade parameters new rules may use: per field each grade alone and each run of the lowest grades
    /// (<c>JZY:C,D</c>), then each grade in whatever field (<c>D</c>).
    /// </summary>
    public IEnumerable<(string Value, string Label)> GradeOptions()
    {
        var graded = Fields.Where(f => !f.Retired && f.Grades.Count > 0).ToList();
        foreach (var f in graded)
        {
            foreach (var g in f.Grades)
            {
                yield return ($"{f.Code}:{g.Grade}", $"{f.Name} {g.Name}");
            }

            for (var from = f.Grades.Count - 2; from >= 1; from--)
            {
                var run = f.Grades.Skip(from).ToList();
                yield return ($"{f.Code}:{string.Join(",", run.Select(g => g.Grade))}", $"{f.Name} {string.Join("、", run.Select(g => g.Name))}");
            }
        }

        foreach (var grade in graded.SelectMany(f => f.Grades.Select(g => g.Grade)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            yield return (grade, $"各领域 {grade}级");
        }
    }

    /// <summary>Why a parameter cannot be used for a new rule, or null when it can.</summary>
    public string? Refusal(ConditionKind condition, string? parameter)
    {
        if (condition == ConditionKind.OnList)
        {
            var code = parameter?.Trim();
            return ListTypes.Any(t => t.IsActive && string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase))
                ? null
                : $"名单类别“{code}”不存在或已停用，请从列表中选择名单。";
        }

        if (condition != ConditionKind.GradeIn)
        {
            return null;
        }

        var (fieldCode, grades) = RuleEngine.GradeParameter.Parse(parameter);
        var fields = fieldCode is null ? Fields.Where(f => !f.Retired).ToList() : Fields.Where(f => !f.Retired && f.Code == fieldCode).ToList();
        if (fieldCode is not null && fields.Count == 0)
        {
            return $"评价领域“{fieldCode}”不存在或已停用，请从列表中选择等级。";
        }

        var unknown = grades.FirstOrDefault(g => !fields.Any(f => f.Grades.Any(b => string.Equals(b.Grade, g, StringComparison.OrdinalIgnoreCase))));
        return unknown is null ? null : $"评价等级“{unknown}”不存在，请从列表中选择等级。";
    }

    private EvaluationFieldInfo? Field(string code) => Fields.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase));

    private static string GradeName(EvaluationFieldInfo? field, string grade) =>
        field?.Grades.FirstOrDefault(b => string.Equals(b.Grade, grade, StringComparison.OrdinalIgnoreCase))?.Name ?? grade.ToUpperInvariant() + "级";
}
