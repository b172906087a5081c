using Huzhou.Credit.Catalogue.Features;
using Huzhou.Credit.Catalogue.Seed;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.UnitTests.Repair;

/// <summary>
/// Issue #26 §4: the minimum publicity period before a repair, for every penalty class under every rule version, with the
/// periods the catalogue's own rules give the record. The 2019 and 2023 rules name no minor class: a 警告 decided under them
/// has the general period and its 3-month minimum (it used to be repairable at once).
/// </summary>
public sealed class RepairMinimumByRuleVersionTests
{
    private static readonly CatalogueItemVersion Penalty = StandardItems.Penalty();
    private static readonly PublicityRuleSet Rules = new(StandardPublicityRules.Versions(), StandardPublicityRules.Periods(), StandardPublicityRules.Mappings());

    [Theory]
    // rule, decision date, penalty kind (code), fine (万元), department, expected class, expected minimum (months; null: none)
    [InlineData("2019", "2020-06-15", "01", null, "HZ-SJJ", PenaltyClass.Minor, 3)]
    [InlineData("2019", "2020-06-15", "03", "2", "HZ-ZHZF", PenaltyClass.General, 3)]
    [InlineData("2019", "2020-06-15", "08", null, "HZ-SJJ", PenaltyClass.Serious, 6)]
    [InlineData("2023", "2024-03-01", "01", null, "HZ-ZHZF", PenaltyClass.Minor, 3)]
    // A sector with the longer 2023 minimum (market regulation covers special equipment): the general row of that sector.
    [InlineData("2023", "2024-03-01", "01", null, "HZ-SJJ", PenaltyClass.Minor, 12)]
    [InlineData("2023", "2024-03-01", "03", "1", "HZ-ZHZF", PenaltyClass.General, 3)]
    [InlineData("2023", "2024-03-01", "08", null, "HZ-SJJ", PenaltyClass.Serious, 12)]
    [InlineData("2025", "2026-05-01", "01", null, "HZ-SJJ", PenaltyClass.Minor, null)]
    [InlineData("2025", "2026-05-01", "03", "1", "HZ-ZHZF", PenaltyClass.General, 3)]
    [InlineData("2025", "2026-05-01", "08", null, "HZ-SJJ", PenaltyClass.Serious, 12)]
    public void A_record_is_repairable_from_the_end_of_its_rules_minimum_and_not_a_day_before(
        string rule, string decided, string kind, string? fine, string department, PenaltyClass expectedClass, int? minimumMonths)
    {
        var decision = DateOnly.Parse(decided, System.Globalization.CultureInfo.InvariantCulture);
        var values = new Dictionary<string, string> { ["处罚类别"] = kind };
        if (fine is not null)
        {
            values["罚款金额（万元）"] = fine;
        }

        var period = Rules.Compute(Penalty, decision, values, department);
        Assert.Equal((rule, expectedClass), (period.RuleVersion, period.Class!.Value));
        Assert.Equal(minimumMonths is { } m ? decision.AddMonths(m) : null, period.MinimumEnd);

        // The record as the repair module sees it (a plain 罚款 label, so no SAMR Order 45 exclusion interferes).
        var record = new RepairableRecord(1, 2, "XZCF", "行政处罚信息", department, "湖市监罚〔2020〕1号", decision, period.End, period.MinimumEnd,
            period.Class, period.RuleVersion, CreditRecordStatus.Active, true, [new("处罚类别", "罚款")]);
        if (period.MinimumEnd is { } minimum)
        {
            var dayBefore = Eligibility.Check(record, [], minimum.AddDays(-1), null, [], false, new RepairExclusions());
            Assert.False(dayBefore.Eligible, dayBefore.Reason);
            Assert.Contains(minimum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), dayBefore.Reason, StringComparison.Ordinal);
            Assert.True(Eligibility.Check(record, [], minimum, null, [], false, new RepairExclusions()).Eligible);
        }
        else
        {
            var atOnce = Eligibility.Check(record, [], decision, null, [], false, new RepairExclusions());
            Assert.True(atOnce.Eligible, atOnce.Reason);
            Assert.Contains("履行法定义务", atOnce.Reason, StringComparison.Ordinal);
        }
    }
}
