using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Seed;

namespace Huzhou.Credit.UnitTests.Repair;

/// <summary>Working days as deadlines count them: weekends off, public holidays off, make-up weekends (调休) on.</summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendars.From(ChineseHolidays.All.Select(d => new CalendarDay { Date = d.Date, Kind = d.Kind, Name = d.Name }));

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void An_ordinary_week_skips_the_weekend()
    {
        // Thursday 2026-11-26 + 3 working days: Fri 27, Mon 30, Tue 1 Dec.
        Assert.Equal(D(2026, 12, 1), Calendar.AddWorkingDays(D(2026, 11, 26), 3));
    }

    [Fact]
    public void A_deadline_across_the_national_day_holiday_counts_the_make_up_saturday()
    {
        // Received Wed 2026-09-30. 10-01..10-07 off; Sat 10-10 is worked (调休); Thu 10-08, Fri 10-09, Sat 10-10 are days 1-3.
        Assert.False(Calendar.IsWorkingDay(D(2026, 10, 5)));
        Assert.True(Calendar.IsWorkingDay(D(2026, 10, 10)));
        Assert.Equal(D(2026, 10, 10), Calendar.AddWorkingDays(D(2026, 9, 30), 3));
        Assert.Equal(D(2026, 10, 12), Calendar.AddWorkingDays(D(2026, 9, 30), 4));
    }

    [Fact]
    public void The_spring_festival_week_and_its_two_make_up_saturdays()
    {
        // 2026: 02-14 (Sat) worked, 02-15..02-23 off, 02-28 (Sat) worked.
        Assert.True(Calendar.IsWorkingDay(D(2026, 2, 14)));
        Assert.False(Calendar.IsWorkingDay(D(2026, 2, 16)));
        Assert.False(Calendar.IsWorkingDay(D(2026, 2, 23)));
        // Fri 02-13 + 3: Sat 14, Tue 24, Wed 25.
        Assert.Equal(D(2026, 2, 25), Calendar.AddWorkingDays(D(2026, 2, 13), 3));
        Assert.Equal(5, Calendar.WorkingDaysBetween(D(2026, 2, 23), D(2026, 2, 28)));
    }

    [Fact]
    public void Working_days_between_are_negative_when_the_deadline_has_passed()
    {
        Assert.Equal(-2, Calendar.WorkingDaysBetween(D(2026, 12, 1), D(2026, 11, 27)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(D(2026, 11, 28), D(2026, 11, 29)));
    }

    [Fact]
    public void Without_the_calendar_only_weekends_are_off()
    {
        var bare = new WorkingDayCalendar([], []);
        Assert.True(bare.IsWorkingDay(D(2026, 10, 1)));
        Assert.False(bare.IsWorkingDay(D(2026, 10, 10)));
    }
}
