using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Seed;

namespace Huzhou.Credit.UnitTests.Collection;

/// <summary>及时率 counts working days on the platform's calendar (issue #26 §4), with the seeded 2026 holidays and 调休.</summary>
public sealed class DeliveryTimelinessTests
{
    private static readonly WorkingDayCalendar Seeded = new(
        ChineseHolidays.All.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date),
        ChineseHolidays.All.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).Select(d => d.Date));

    private static readonly DateOnly BeforeNationalDay = new(2026, 9, 30);

    [Fact]
    public void A_record_decided_before_the_national_day_week_and_delivered_eight_calendar_days_later_is_timely()
    {
        var delivered = new DateOnly(2026, 10, 8);
        Assert.Equal(8, delivered.DayNumber - BeforeNationalDay.DayNumber); // late under calendar days (limit 7)

        var timeliness = new DeliveryTimeliness(Seeded, delivered, 7);

        Assert.Equal(1, timeliness.DelayOf(BeforeNationalDay)); // 10-01..10-07 are 国庆节 holidays
        Assert.True(timeliness.IsTimely(BeforeNationalDay));
    }

    [Fact]
    public void A_record_delivered_after_more_than_the_limit_in_working_days_is_late()
    {
        // 10-08, 10-09, the worked Saturday 10-10 (国庆节调休上班), 10-12 … 10-15: 7 working days; 10-16 is the 8th.
        Assert.True(new DeliveryTimeliness(Seeded, new DateOnly(2026, 10, 15), 7).IsTimely(BeforeNationalDay));
        var late = new DeliveryTimeliness(Seeded, new DateOnly(2026, 10, 16), 7);

        Assert.Equal(8, late.DelayOf(BeforeNationalDay));
        Assert.False(late.IsTimely(BeforeNationalDay));
    }

    [Fact]
    public void A_decision_made_on_the_day_of_delivery_has_no_delay()
    {
        var day = new DateOnly(2026, 10, 3); // a holiday

        Assert.Equal(0, new DeliveryTimeliness(Seeded, day, 7).DelayOf(day));
    }
}
