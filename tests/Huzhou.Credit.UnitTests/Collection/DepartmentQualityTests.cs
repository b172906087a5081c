using Huzhou.Credit.Collection.Features;

namespace Huzhou.Credit.UnitTests.Collection;

/// <summary>The ranking of departments by the mean of the three rates.</summary>
public sealed class DepartmentQualityTests
{
    [Fact]
    public void A_department_that_delivered_nothing_it_provides_ranks_below_one_that_delivered_badly()
    {
        var silent = new DepartmentQuality("HZ-FGW", ItemsExpected: 4, ItemsReported: 0, Batches: 0, Received: 0, Accepted: 0, Rejected: 0, Timely: 0, HistoryRows: 0, DelayDaysTotal: 0);
        var late = new DepartmentQuality("HZ-STHJJ", ItemsExpected: 8, ItemsReported: 2, Batches: 2, Received: 22, Accepted: 19, Rejected: 3, Timely: 16, HistoryRows: 0, DelayDaysTotal: 84);

        Assert.Equal(0, silent.Score);
        Assert.True(late.Score > silent.Score);
        Assert.Equal((0.25 + (19 / 22.0) + (16 / 19.0)) / 3, late.Score, 6);
    }

    [Fact]
    public void A_department_with_nothing_to_deliver_counts_every_rate_as_met()
    {
        var none = new DepartmentQuality("HZ-XYZX", ItemsExpected: 0, ItemsReported: 0, Batches: 0, Received: 0, Accepted: 0, Rejected: 0, Timely: 0, HistoryRows: 0, DelayDaysTotal: 0);

        Assert.Equal(1, none.Score);
    }
}
