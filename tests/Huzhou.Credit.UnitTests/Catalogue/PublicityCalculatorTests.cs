using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Catalogue.Features;
using Huzhou.Credit.Catalogue.Seed;
using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.UnitTests.Catalogue;

public sealed class PublicityCalculatorTests
{
    private static readonly CatalogueItemVersion Penalty = StandardItems.Penalty();
    private readonly PublicityRuleSet _rules = new(StandardPublicityRules.Versions(), StandardPublicityRules.Periods(), StandardPublicityRules.Mappings());

    private PublicityPeriod Compute(string date, string kinds, string? procedure = null, string? fine = null, string department = "HZ-SJJ", PenaltyClassMapping[]? extra = null)
    {
        var values = new Dictionary<string, string> { ["处罚类别"] = kinds };
        if (procedure is not null)
        {
            values["案件程序类别"] = procedure;
        }

        if (fine is not null)
        {
            values["罚款金额（万元）"] = fine;
        }

        var rules = extra is null ? _rules : new PublicityRuleSet(StandardPublicityRules.Versions(), StandardPublicityRules.Periods(), [.. StandardPublicityRules.Mappings(), .. extra]);
        var decisionDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var period = rules.Compute(Penalty, decisionDate, values, department);

        // The positional form (values by field position, as bulk deliveries pass them) computes the same period.
        var byPosition = Penalty.Fields.Select(f => values.GetValueOrDefault(f.Key)).ToArray();
        Assert.Equal(period, rules.Compute(Penalty, decisionDate, byPosition, department));
        return period;
    }

    [Fact]
    public void General_penalty_under_2019_is_public_for_one_year_repairable_after_three_months()
    {
        var p = Compute("2020-06-15", "03", fine: "2", department: "HZ-ZHZF");

        Assert.Equal(("2019", PenaltyClass.General, true), (p.RuleVersion, p.Class!.Value, p.Published));
        Assert.Equal(new DateOnly(2020, 6, 15), p.Start);
        Assert.Equal(new DateOnly(2021, 6, 15), p.End);
        Assert.Equal(new DateOnly(2020, 9, 15), p.MinimumEnd);
    }

    [Fact]
    public void Serious_penalty_under_2019_runs_six_months_to_three_years()
    {
        var p = Compute("2021-01-10", "08");

        Assert.Equal(("2019", PenaltyClass.Serious), (p.RuleVersion, p.Class!.Value));
        Assert.Equal(new DateOnly(2024, 1, 10), p.End);
        Assert.Equal(new DateOnly(2021, 7, 10), p.MinimumEnd);
    }

    [Fact]
    public void General_penalty_under_2023_has_a_three_year_maximum()
    {
        var p = Compute("2024-03-01", "03", fine: "1", department: "HZ-ZHZF");

        Assert.Equal(("2023", PenaltyClass.General), (p.RuleVersion, p.Class!.Value));
        Assert.Equal(new DateOnly(2027, 3, 1), p.End);
        Assert.Equal(new DateOnly(2024, 6, 1), p.MinimumEnd);
    }

    [Theory]
    [InlineData("HZ-YJJ")]
    [InlineData("CX-YJJ")]
    [InlineData("HZ-XF")]
    public void Work_safety_and_fire_sectors_under_2023_have_a_one_year_minimum(string department)
    {
        var p = Compute("2024-03-01", "03", fine: "1", department: department);

        Assert.Equal(new DateOnly(2025, 3, 1), p.MinimumEnd);
        Assert.Equal(new DateOnly(2027, 3, 1), p.End);
    }

    [Fact]
    public void Serious_penalty_under_2025_runs_one_to_three_years()
    {
        var p = Compute("2026-05-20", "12");

        Assert.Equal(("2025", PenaltyClass.Serious), (p.RuleVersion, p.Class!.Value));
        Assert.Equal(new DateOnly(2027, 5, 20), p.MinimumEnd);
        Assert.Equal(new DateOnly(2029, 5, 20), p.End);
    }

    [Fact]
    public void Minor_penalty_under_2025_is_public_at_most_three_months_and_repairable_once_the_obligation_is_met()
    {
        var p = Compute("2026-04-01", "01");

        Assert.Equal(("2025", PenaltyClass.Minor, true), (p.RuleVersion, p.Class!.Value, p.Published));
        Assert.Equal(new DateOnly(2026, 7, 1), p.End);
        Assert.Null(p.MinimumEnd);
    }

    [Fact]
    public void Minor_penalty_is_not_published_when_the_rule_says_so()
    {
        var periods = StandardPublicityRules.Periods().ToList();
        periods.Single(x => x.RuleCode == "2025" && x.Class == PenaltyClass.Minor).Published = false;
        var rules = new PublicityRuleSet(StandardPublicityRules.Versions(), periods, StandardPublicityRules.Mappings());

        var p = rules.Compute(Penalty, new DateOnly(2026, 6, 1), new Dictionary<string, string> { ["处罚类别"] = "01" }, "HZ-SJJ");

        Assert.False(p.Published);
        Assert.Equal(p.Start, p.End);
        Assert.Equal(PenaltyClass.Minor, p.Class);
    }

    [Fact]
    public void Decision_the_day_before_2025_rules_take_effect_uses_2023()
    {
        Assert.Equal("2023", Compute("2026-03-31", "01").RuleVersion);
        Assert.Equal("2025", Compute("2026-04-01", "01").RuleVersion);
    }

    [Fact]
    public void Several_penalty_kinds_take_the_most_severe_class()
    {
        var p = Compute("2026-05-01", "01,03,08", fine: "1");

        Assert.Equal(PenaltyClass.Serious, p.Class);
    }

    [Fact]
    public void Labels_are_understood_as_well_as_codes()
    {
        Assert.Equal(PenaltyClass.Serious, Compute("2026-05-01", "警告、吊销许可证件").Class);
    }

    [Fact]
    public void Simple_procedure_forces_minor()
    {
        var p = Compute("2026-05-01", "03", procedure: "01", fine: "0.02");

        Assert.Equal(PenaltyClass.Minor, p.Class);
        Assert.Equal(new DateOnly(2026, 8, 1), p.End);
    }

    [Fact]
    public void Large_fine_is_serious_and_a_small_one_general()
    {
        Assert.Equal(PenaltyClass.Serious, Compute("2026-05-01", "03", fine: "50").Class);
        Assert.Equal(PenaltyClass.General, Compute("2026-05-01", "03", fine: "49.99").Class);
    }

    [Fact]
    public void Sector_mapping_overrides_the_general_mapping_for_that_sector_only()
    {
        PenaltyClassMapping[] extra = [new() { PenaltyKind = "罚款", Sector = "HZ-YJJ", Class = PenaltyClass.Serious, IsActive = true }];

        Assert.Equal(PenaltyClass.Serious, Compute("2026-05-01", "03", fine: "1", department: "AJ-YJJ", extra: extra).Class);
        Assert.Equal(PenaltyClass.General, Compute("2026-05-01", "03", fine: "1", department: "HZ-SJJ", extra: extra).Class);
    }

    [Fact]
    public void Deactivated_mapping_is_ignored()
    {
        PenaltyClassMapping[] extra = [new() { PenaltyKind = "警告", RuleCode = "2025", Class = PenaltyClass.Serious, IsActive = false }];

        Assert.Equal(PenaltyClass.Minor, Compute("2026-05-01", "01", extra: extra).Class);
    }

    [Fact]
    public void Fixed_period_item_ends_after_its_months()
    {
        var item = Penalty with { PublicityRule = PublicityRuleKind.FixedPeriod, PublicityMonths = 24 };

        var p = _rules.Compute(item, new DateOnly(2025, 1, 31), new Dictionary<string, string>(), "HZ-SJJ");

        Assert.Equal(new PublicityPeriod(new DateOnly(2025, 1, 31), new DateOnly(2027, 1, 31), null, null, "fixed", true), p);
    }

    [Fact]
    public void Indefinite_item_has_no_end()
    {
        var item = Penalty with { PublicityRule = PublicityRuleKind.Indefinite };

        var p = _rules.Compute(item, new DateOnly(2025, 1, 31), new Dictionary<string, string>(), "HZ-SJJ");

        Assert.Null(p.End);
        Assert.Null(p.MinimumEnd);
        Assert.True(p.Published);
    }
}
