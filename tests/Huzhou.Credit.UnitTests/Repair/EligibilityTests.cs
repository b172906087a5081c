using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.UnitTests.Repair;

/// <summary>Who may apply for repair, when, and why not (domain.md §3).</summary>
public sealed class EligibilityTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static RepairableRecord Record(short? penaltyClass, DateOnly? minimumEnd, short status = 1, string kind = "罚款", bool bad = true, string department = "HZ-SJJ", string rule = "2026") =>
        new(1, 2, "XZCF", "行政处罚信息", department, "湖市监罚〔2026〕1号", Today.AddMonths(-6), Today.AddYears(2), minimumEnd, (PenaltyClass?)penaltyClass, rule, (CreditRecordStatus)status, bad,
            [new("处罚类别", kind)]);

    /// <summary>The reference rules every installation is seeded with: Order 45 for the seven market-regulation departments.</summary>
    private static readonly IReadOnlyList<RepairExclusionRule> Seeded = Order45Exclusions.Rules("seed", DateTimeOffset.UnixEpoch);

    private static EligibilityResult Check(RepairableRecord record, bool onList = false, IReadOnlyList<DateOnly>? repairs = null, bool open = false, RepairExclusions? exclusions = null, IReadOnlyList<RepairExclusionRule>? rules = null, string? list = null) =>
        Eligibility.Check(record, rules ?? Seeded, Today, list ?? (onList ? "市场监督管理严重违法失信名单" : null), repairs ?? [], open, exclusions ?? new RepairExclusions());

    [Fact]
    public void A_general_penalty_is_repairable_from_the_day_its_minimum_period_ends_and_not_before()
    {
        Assert.True(Check(Record(2, Today)).Eligible);
        Assert.True(Check(Record(2, Today.AddDays(-1))).Eligible);
        var early = Check(Record(2, Today.AddDays(1)));
        Assert.False(early.Eligible);
        Assert.Contains("2026-11-28", early.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_serious_penalty_follows_the_minimum_of_its_own_rule_version()
    {
        // The 2019 rule: serious minimum 6 months; the current rule: 1 year. The record carries the end its rule gave it.
        var under2019 = Check(Record(3, Today.AddMonths(-1), rule: "2019"));
        var underCurrent = Check(Record(3, Today.AddMonths(6), rule: "2026"));
        Assert.True(under2019.Eligible);
        Assert.Contains("2019", under2019.Reason, StringComparison.Ordinal);
        Assert.False(underCurrent.Eligible);
        Assert.Contains("规则 2026", underCurrent.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minor_penalty_without_a_minimum_in_its_rule_is_repairable_once_the_obligation_is_met()
    {
        var minor = Check(Record(1, null));
        Assert.True(minor.Eligible);
        Assert.Contains("轻微", minor.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("吊销营业执照")]
    [InlineData("罚款；限制从业")]
    [InlineData("责令停产停业")]
    public void Penalties_that_cannot_stop_early_are_refused_with_the_reason(string kind)
    {
        var result = Check(Record(3, Today.AddMonths(-3), kind: kind));
        Assert.False(result.Eligible);
        Assert.Contains("不得提前停止公示", result.Reason, StringComparison.Ordinal);
        Assert.Contains("市场监管总局令第45号", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_45_refuses_a_market_regulation_penalty_and_names_the_kind_and_the_basis()
    {
        var result = Check(Record(3, Today.AddMonths(-3), kind: "吊销营业执照", department: "HZ-SJJ"));
        Assert.False(result.Eligible);
        Assert.Contains("吊销营业执照", result.Reason, StringComparison.Ordinal);
        Assert.Contains("《市场监督管理信用修复管理办法》（市场监管总局令第45号）", result.Reason, StringComparison.Ordinal);
        Assert.False(Check(Record(3, Today.AddMonths(-3), kind: "限制从业", department: "CX-SJJ")).Eligible);
    }

    [Theory]
    [InlineData("HZ-ZHZF")]
    [InlineData("HZ-STHJJ")]
    public void The_same_kind_delivered_by_another_department_is_not_refused_by_order_45(string department)
    {
        var result = Check(Record(3, Today.AddMonths(-3), kind: "吊销营业执照", department: department));
        Assert.True(result.Eligible, result.Reason);
    }

    [Fact]
    public void A_rule_limited_to_one_rule_version_does_not_refuse_a_record_of_another()
    {
        IReadOnlyList<RepairExclusionRule> only2025 =
            [new() { DepartmentCode = "HZ-STHJJ", RuleVersion = "2025", PenaltyKind = "责令停产整治", Basis = "《生态环境行政处罚办法》", IsActive = true }];
        Assert.True(Check(Record(3, Today.AddMonths(-3), kind: "责令停产整治", department: "HZ-STHJJ", rule: "2019"), rules: only2025).Eligible);
        var refused = Check(Record(3, Today.AddMonths(-3), kind: "责令停产整治", department: "HZ-STHJJ", rule: "2025"), rules: only2025);
        Assert.False(refused.Eligible);
        Assert.Contains("《生态环境行政处罚办法》", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inactive_rule_refuses_nothing_and_a_rule_without_a_kind_refuses_every_record_of_its_department()
    {
        var record = Record(3, Today.AddMonths(-3), kind: "吊销营业执照", department: "HZ-SJJ");
        var deactivated = Seeded.Select(r => new RepairExclusionRule { DepartmentCode = r.DepartmentCode, PenaltyKind = r.PenaltyKind, Basis = r.Basis, IsActive = false }).ToList();
        Assert.True(Check(record, rules: deactivated).Eligible);
        IReadOnlyList<RepairExclusionRule> whole = [new() { DepartmentCode = "HZ-STHJJ", PenaltyKind = "", Basis = "本市规定", IsActive = true }];
        var refused = Check(Record(2, Today.AddMonths(-3), department: "HZ-STHJJ"), rules: whole);
        Assert.False(refused.Eligible);
        Assert.Contains("本市规定", refused.Reason, StringComparison.Ordinal);
        Assert.True(Check(Record(2, Today.AddMonths(-3), department: "HZ-SJJ"), rules: whole).Eligible);
    }

    [Fact]
    public void A_subject_on_the_serious_illegal_dishonesty_list_is_refused()
    {
        Assert.False(Check(Record(2, Today.AddMonths(-3)), onList: true).Eligible);
    }

    [Fact]
    public void A_subject_on_the_abnormal_operations_list_is_refused_with_the_lists_name()
    {
        // domain.md §3: on 经营异常名录 no early stop either, even past the minimum period.
        var refused = Check(Record(2, Today.AddMonths(-3)), list: "经营异常名录");
        Assert.False(refused.Eligible);
        Assert.Contains("经营异常名录", refused.Reason, StringComparison.Ordinal);
        Assert.True(Check(Record(2, Today.AddMonths(-3))).Eligible);
    }

    [Fact]
    public void Repaired_revoked_not_bad_and_already_applied_records_are_refused()
    {
        Assert.Contains("已修复", Check(Record(2, Today.AddMonths(-3), status: 3)).Reason, StringComparison.Ordinal);
        Assert.Contains("已被撤销", Check(Record(2, Today.AddMonths(-3), status: 4)).Reason, StringComparison.Ordinal);
        Assert.Contains("失信信息", Check(Record(2, Today.AddMonths(-3), bad: false)).Reason, StringComparison.Ordinal);
        Assert.Contains("正在办理", Check(Record(2, Today.AddMonths(-3)), open: true).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_without_a_minimum_period_cannot_be_repaired_early()
    {
        Assert.Contains("没有最短公示期", Check(Record(2, null)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_exclusions_are_off_by_default_and_apply_when_configured()
    {
        var record = Record(2, Today.AddMonths(-3));
        var twoRepairs = new[] { Today.AddYears(-3), Today.AddMonths(-6) };
        Assert.True(Check(record, repairs: twoRepairs).Eligible);
        Assert.False(Check(record, repairs: twoRepairs, exclusions: new RepairExclusions { MaxRepairsInFiveYears = 2 }).Eligible);
        Assert.False(Check(record, repairs: twoRepairs, exclusions: new RepairExclusions { OneYearSinceLastRepair = true }).Eligible);
        Assert.False(Check(record, exclusions: new RepairExclusions { ExcludedDepartments = ["HZ-SJJ"] }).Eligible);
        Assert.True(Check(record, exclusions: new RepairExclusions { ExcludedDepartments = ["HZ-STHJJ"] }).Eligible);
    }
}
