using Huzhou.Credit.SharedKernel.Time;
using Huzhou.Credit.UnitTests.Identifiers;

namespace Huzhou.Credit.UnitTests.Time;

public sealed class ShanghaiTimeTests
{
    [Fact]
    public void Utc_instant_is_shown_in_Beijing_time()
    {
        var instant = new DateTimeOffset(2026, 11, 26, 20, 15, 0, TimeSpan.Zero);

        Assert.Equal("2026-11-27 04:15", ShanghaiTime.Format(instant));
    }

    [Fact]
    public void Today_is_the_calendar_date_in_the_city_not_in_UTC()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2027, 1, 1), ShanghaiTime.Today(clock));
    }

    [Fact]
    public void Missing_instant_is_shown_as_nothing() => Assert.Equal("", ShanghaiTime.Format(null));
}
