using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;

namespace Huzhou.Credit.UnitTests.Sanctions;

public sealed class RuleEngineTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly Matter Procurement = new() { Code = "SX-060", Name = "政府采购供应商资格审查", Domain = MatterDomain.Procurement };
    private static readonly Matter Approval = new() { Code = "SX-001", Name = "企业投资项目核准", Domain = MatterDomain.Approvals };

    private static readonly Dictionary<string, Measure> Measures = new()
    {
        ["CF-ZFCG"] = new() { Code = "CF-ZFCG", Name = "限制参加政府采购活动", Kind = MeasureKind.Punishment, Action = MeasureAction.Block },
        ["CF-XYHC"] = new() { Code = "CF-XYHC", Name = "信用核查提示", Kind = MeasureKind.Punishment, Action = MeasureAction.Warn },
        ["JL-LSTD"] = new() { Code = "JL-LSTD", Name = "绿色通道", Kind = MeasureKind.Reward, Action = MeasureAction.Favour },
    };

    private static readonly ActiveRules Rules = new(7,
    [
        new() { Name = "失信被执行人：政府采购", Condition = ConditionKind.OnList, Parameter = "SXBZXR", Domains = [(short)MatterDomain.Procurement], Stages = CheckStages.Acceptance | CheckStages.Handling, MeasureCode = "CF-ZFCG" },
        new() { Name = "36个月严重", Condition = ConditionKind.BadRecordWithin, Months = 36, MinimumClass = 3, Stages = CheckStages.All, MeasureCode = "CF-XYHC" },
        new() { Name = "12个月一般", Condition = ConditionKind.BadRecordWithin, Months = 12, MinimumClass = 2, Stages = CheckStages.All, MeasureCode = "CF-XYHC" },
        new() { Name = "A级纳税人：绿色通道", Condition = ConditionKind.OnList, Parameter = "AJNSR", Domains = [(short)MatterDomain.Approvals], Stages = CheckStages.Acceptance, MeasureCode = "JL-LSTD" },
        new() { Name = "待核实", Condition = ConditionKind.PendingVerification, Scope = SubjectScope.Organisations, Stages = CheckStages.All, MeasureCode = "CF-XYHC" },
    ], Measures, new Dictionary<string, Matter>());

    private static ListStandingEntry OnList(string code, bool black = true) =>
        new(code, code, black, "（2026）浙0502执1号", "湖州市吴兴区人民法院", "第一条", Today.AddMonths(-2), Today.AddMonths(22));

    private static SubjectFacts Facts(IReadOnlyList<ListStandingEntry>? lists = null, IReadOnlyList<BadRecordFact>? records = null, bool pending = false, bool person = false) =>
        new(person, pending, lists ?? [], records ?? [], Today);

    [Fact]
    public void A_list_rule_applies_only_in_its_domain_and_stages()
    {
        var facts = Facts([OnList("SXBZXR")]);

        Assert.Equal(CheckDecision.Block, RuleEngine.Evaluate(Rules, Procurement, CheckStages.Acceptance, facts).Decision);
        Assert.Equal(CheckDecision.Pass, RuleEngine.Evaluate(Rules, Procurement, CheckStages.Closing, facts).Decision);
        Assert.Equal(CheckDecision.Pass, RuleEngine.Evaluate(Rules, Approval, CheckStages.Acceptance, facts).Decision);
    }

    [Fact]
    public void Punishment_outranks_reward_and_a_reward_alone_favours()
    {
        var both = RuleEngine.Evaluate(Rules, Approval, CheckStages.Acceptance, Facts([OnList("AJNSR", black: false)], pending: true));
        var rewardOnly = RuleEngine.Evaluate(Rules, Approval, CheckStages.Acceptance, Facts([OnList("AJNSR", black: false)]));

        Assert.Equal(CheckDecision.Warn, both.Decision);
        Assert.Equal(2, both.Hits.Count);
        Assert.Equal(CheckDecision.Favour, rewardOnly.Decision);
    }

    [Fact]
    public void Bad_record_windows_and_classes_are_respected_and_one_hit_per_measure_carries_every_fact()
    {
        BadRecordFact Record(int monthsAgo, short cls) => new("行政处罚", $"罚{monthsAgo}-{cls}", Today.AddMonths(-monthsAgo), (PenaltyClass)cls, "HZ-SJJ");

        var minorRecent = RuleEngine.Evaluate(Rules, Approval, CheckStages.Handling, Facts(records: [Record(2, 1)]));
        var generalOld = RuleEngine.Evaluate(Rules, Approval, CheckStages.Handling, Facts(records: [Record(13, 2)]));
        var seriousOld = RuleEngine.Evaluate(Rules, Approval, CheckStages.Handling, Facts(records: [Record(35, 3)]));
        var twoRules = RuleEngine.Evaluate(Rules, Approval, CheckStages.Handling, Facts(records: [Record(3, 3)]));

        Assert.Equal(CheckDecision.Pass, minorRecent.Decision);
        Assert.Equal(CheckDecision.Pass, generalOld.Decision);
        Assert.Equal(CheckDecision.Warn, seriousOld.Decision);
        var hit = Assert.Single(twoRules.Hits);
        Assert.Contains("36个月严重", hit.RuleName, StringComparison.Ordinal);
        Assert.Contains("12个月一般", hit.RuleName, StringComparison.Ordinal);
        Assert.Single(hit.Facts);
    }

    [Fact]
    public void A_rule_scoped_to_organisations_never_hits_a_person()
    {
        Assert.Equal(CheckDecision.Pass, RuleEngine.Evaluate(Rules, Approval, CheckStages.Acceptance, Facts(pending: true, person: true)).Decision);
        Assert.Equal(36, Rules.LongestMonths);
    }
}
