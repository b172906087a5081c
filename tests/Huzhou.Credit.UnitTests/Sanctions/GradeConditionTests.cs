using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;

namespace Huzhou.Credit.UnitTests.Sanctions;

public sealed class GradeConditionTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly Matter Funding = new() { Code = "SX-100", Name = "财政性资金申报", Domain = MatterDomain.Approvals };

    private static readonly Dictionary<string, Measure> Measures = new()
    {
        ["CF-CZZJ"] = new() { Code = "CF-CZZJ", Name = "限制申请财政性资金", Kind = MeasureKind.Punishment, Action = MeasureAction.Block },
    };

    private static ActiveRules Rules(string parameter) => new(3,
    [
        new() { Name = "行业信用评价D级：限制申请财政性资金", Condition = ConditionKind.GradeIn, Parameter = parameter, Scope = SubjectScope.Organisations, Stages = CheckStages.All, MeasureCode = "CF-CZZJ" },
    ], Measures, new Dictionary<string, Matter>());

    // 2026-11-26 17:30 UTC is 2026-11-27 01:30 in Huzhou.
    private static readonly DateTimeOffset EvaluatedAt = new(2026, 11, 26, 17, 30, 0, TimeSpan.Zero);

    private static EvaluationGrade Building(string grade, string name, decimal score) => new("JZY", "建筑业", grade, name, score, 2, EvaluatedAt);

    private static EvaluationGrade Catering(string grade, string name, decimal score) => new("CYFW", "餐饮服务", grade, name, score, 1, EvaluatedAt);

    private static SubjectFacts Facts(params EvaluationGrade[] grades) => new(false, false, [], [], Today, grades);

    [Fact]
    public void A_parameter_of_grades_alone_has_no_field()
    {
        var (field, grades) = RuleEngine.GradeParameter.Parse("D");

        Assert.Null(field);
        Assert.Equal(["D"], grades);
    }

    [Fact]
    public void A_full_width_colon_typed_in_Chinese_restricts_the_field_too()
    {
        var (field, grades) = RuleEngine.GradeParameter.Parse("JZY：C，D");

        Assert.Equal("JZY", field);
        Assert.Equal(["C", "D"], grades);
    }

    [Fact]
    public void A_field_code_before_a_colon_restricts_the_grades_to_it()
    {
        var (field, grades) = RuleEngine.GradeParameter.Parse("JZY:C,D");
        var (lower, spaced) = RuleEngine.GradeParameter.Parse(" jzy : C , D ");

        Assert.Equal("JZY", field);
        Assert.Equal(["C", "D"], grades);
        Assert.Equal("JZY", lower);
        Assert.Equal(["C", "D"], spaced);
    }

    [Fact]
    public void Chinese_commas_and_enumeration_marks_separate_grades_too()
    {
        var (field, grades) = RuleEngine.GradeParameter.Parse("C，D");
        var (building, enumerated) = RuleEngine.GradeParameter.Parse("JZY:B、C，D");

        Assert.Null(field);
        Assert.Equal(["C", "D"], grades);
        Assert.Equal("JZY", building);
        Assert.Equal(["B", "C", "D"], enumerated);
    }

    [Fact]
    public void An_empty_parameter_names_no_grade()
    {
        Assert.Empty(RuleEngine.GradeParameter.Parse(null).Grades);
        Assert.Empty(RuleEngine.GradeParameter.Parse("  ").Grades);
        Assert.Null(RuleEngine.GradeParameter.Parse(":D").Field);
        Assert.Equal(["D"], RuleEngine.GradeParameter.Parse(":D").Grades);
    }

    [Fact]
    public void A_subject_graded_d_in_some_field_is_blocked_and_the_fact_names_the_field_and_grade()
    {
        var (decision, hits) = RuleEngine.Evaluate(Rules("D"), Funding, CheckStages.Acceptance, Facts(Building("B", "B级（较好）", 80m), Catering("D", "D级（较差）", 52.5m)));

        Assert.Equal(CheckDecision.Block, decision);
        var hit = Assert.Single(hits);
        Assert.Equal("CF-CZZJ", hit.Measure.Code);
        var fact = Assert.Single(hit.Facts);
        Assert.Contains("餐饮服务", fact, StringComparison.Ordinal);
        Assert.Contains("D级（较差）", fact, StringComparison.Ordinal);
        Assert.Contains("52.5", fact, StringComparison.Ordinal);
        Assert.Contains("第 1 版", fact, StringComparison.Ordinal);
        Assert.Contains("2026-11-27", fact, StringComparison.Ordinal);
        Assert.DoesNotContain("建筑业", fact, StringComparison.Ordinal);
    }

    [Fact]
    public void Grades_match_whatever_their_case()
    {
        var (decision, _) = RuleEngine.Evaluate(Rules("c, d"), Funding, CheckStages.Handling, Facts(Building("D", "D级（较差）", 40m)));

        Assert.Equal(CheckDecision.Block, decision);
    }

    [Fact]
    public void A_subject_graded_b_passes()
    {
        var (decision, hits) = RuleEngine.Evaluate(Rules("D"), Funding, CheckStages.Acceptance, Facts(Building("B", "B级（较好）", 80m)));

        Assert.Equal(CheckDecision.Pass, decision);
        Assert.Empty(hits);
        Assert.Equal(CheckDecision.Pass, RuleEngine.Evaluate(Rules("D"), Funding, CheckStages.Acceptance, Facts()).Decision);
        Assert.Equal(CheckDecision.Pass, RuleEngine.Evaluate(Rules("D"), Funding, CheckStages.Acceptance, new SubjectFacts(false, false, [], [], Today)).Decision);
    }

    [Fact]
    public void A_field_restricted_parameter_does_not_fire_for_the_grade_in_another_field()
    {
        var rules = Rules("JZY:D");

        var otherField = RuleEngine.Evaluate(rules, Funding, CheckStages.Acceptance, Facts(Building("B", "B级（较好）", 80m), Catering("D", "D级（较差）", 52.5m)));
        var sameField = RuleEngine.Evaluate(rules, Funding, CheckStages.Acceptance, Facts(Building("D", "D级（较差）", 41m), Catering("A", "A级（诚信）", 95m)));

        Assert.Equal(CheckDecision.Pass, otherField.Decision);
        Assert.Equal(CheckDecision.Block, sameField.Decision);
        var fact = Assert.Single(Assert.Single(sameField.Hits).Facts);
        Assert.Contains("建筑业", fact, StringComparison.Ordinal);
        Assert.Contains("D级（较差）", fact, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grade_rule_keeps_its_scope()
    {
        var person = new SubjectFacts(true, false, [], [], Today, [Building("D", "D级（较差）", 41m)]);

        Assert.Equal(CheckDecision.Pass, RuleEngine.Evaluate(Rules("D"), Funding, CheckStages.Acceptance, person).Decision);
    }
}
