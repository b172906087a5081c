using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.UnitTests.Repair;

/// <summary>Early removal from a black list as a repair (提前移出): the list's minimum time, and where it counts from.</summary>
public sealed class ListEntryEligibilityTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static RepairableListEntry Wages(DateOnly listed, DateOnly? paid) =>
        new(1, 2, "TQNMGGZ", "拖欠农民工工资失信联合惩戒对象名单", "湖人社失〔2026〕1号", "湖州市人力资源和社会保障局", listed.AddDays(-7), listed, listed.AddMonths(36),
            "HZ-RSJ", false, true, "自改正之日起满六个月未再发生拖欠的，可申请提前移出。", 6, "拖欠农民工工资", "清偿拖欠工资", paid);

    private static RepairableListEntry Serious(DateOnly listed) =>
        new(1, 2, "SJYZWF", "市场监督管理严重违法失信名单", "湖市监严失〔2025〕1号", "湖州市市场监督管理局", listed.AddDays(-7), listed, listed.AddMonths(36),
            "HZ-SJJ", false, true, "列入满一年……", 12, "较重行政处罚");

    [Fact]
    public void Wage_arrears_count_the_minimum_from_the_day_they_were_paid_not_from_listing()
    {
        // Listed ten months ago, paid two months ago: counted from listing this was open; counted from payment it is not.
        var early = Eligibility.CheckListEntry(Wages(Today.AddMonths(-10), Today.AddMonths(-2)), Today, alreadyOpen: false);
        Assert.False(early.Eligible);
        Assert.Equal(Today.AddMonths(4), early.EarliestDate);
        Assert.Contains("自清偿拖欠工资之日", early.Reason, StringComparison.Ordinal);

        var late = Eligibility.CheckListEntry(Wages(Today.AddMonths(-10), Today.AddMonths(-6)), Today, alreadyOpen: false);
        Assert.True(late.Eligible);
    }

    [Fact]
    public void Without_the_day_the_arrears_were_paid_early_exit_is_not_yet_possible()
    {
        var result = Eligibility.CheckListEntry(Wages(Today.AddYears(-2), null), Today, alreadyOpen: false);
        Assert.False(result.Eligible);
        Assert.Contains("尚未登记清偿拖欠工资的日期", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_lists_still_count_from_listing()
    {
        Assert.False(Eligibility.CheckListEntry(Serious(Today.AddMonths(-11)), Today, alreadyOpen: false).Eligible);
        Assert.True(Eligibility.CheckListEntry(Serious(Today.AddMonths(-13)), Today, alreadyOpen: false).Eligible);
    }
}
