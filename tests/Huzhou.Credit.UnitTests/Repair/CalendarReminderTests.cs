using Huzhou.Credit.Contracts.Repair;

namespace Huzhou.Credit.UnitTests.Repair;

/// <summary>From 1 November the calendar's maintainers are reminded when next year's public holidays are not entered yet.</summary>
public sealed class CalendarReminderTests
{
    [Theory]
    [InlineData("2026-11-01", false, 2027)]
    [InlineData("2026-11-20", false, 2027)]
    [InlineData("2026-12-31", false, 2027)]
    [InlineData("2026-10-31", false, null)]
    [InlineData("2026-01-15", false, null)]
    [InlineData("2026-11-20", true, null)]
    [InlineData("2026-12-31", true, null)]
    public void Next_year_is_missing_from_November_until_its_holidays_are_entered(string today, bool nextYearHasHolidays, int? expected) =>
        Assert.Equal(expected, CalendarReminder.MissingYear(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), nextYearHasHolidays));

    [Fact]
    public void The_reminder_names_the_year_and_when_the_notice_comes_out()
    {
        var message = CalendarReminder.Message(2027);

        Assert.StartsWith("尚未录入 2027 年法定节假日和调休安排", message);
        Assert.Contains("国务院办公厅通常于 11 月发布，请及时录入", message);
    }
}
