using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Repair;

/// <summary>
/// From 1 November the calendar's maintainers are reminded to enter next year's holidays while none are entered (issue #26
/// §4): on the calendar page, the city credit office's workbench and the administrators' overview, never a department's.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class CalendarReminderTests(CreditAppFactory factory)
{
    [Fact]
    public async Task The_calendar_reports_next_year_missing_from_November_only_while_it_has_no_holidays()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var workingDays = scope.ServiceProvider.GetRequiredService<IWorkingDays>();

        // No test enters holidays of 2071: missing from 1 November 2070, not in October.
        Assert.Equal(2071, await workingDays.MissingYearAsync(new DateOnly(2070, 11, 1)));
        Assert.Equal(2071, await workingDays.MissingYearAsync(new DateOnly(2070, 12, 31)));
        Assert.Null(await workingDays.MissingYearAsync(new DateOnly(2070, 10, 31)));
        // 2026 is seeded (国务院办公厅 notice): nothing to remind of in November 2025.
        Assert.Null(await workingDays.MissingYearAsync(new DateOnly(2025, 11, 15)));
    }

    [Fact]
    public async Task The_reminder_shows_today_to_the_city_credit_office_and_administrators_but_not_to_department_staff()
    {
        var today = ShanghaiTime.Today(TimeProvider.System);
        var next = today.Year + 1;
        var entered = await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.calendar_days WHERE kind = 1 AND date BETWEEN $1 AND $2", new DateOnly(next, 1, 1), new DateOnly(next, 12, 31)) > 0;
        var expected = CalendarReminder.MissingYear(today, entered) is not null;

        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var workbench = await office.GetStringAsync("/staff");
        var calendarPage = await office.GetStringAsync("/repair/calendar");
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var overview = await admin.GetStringAsync("/admin");
        using var department = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var departmentWorkbench = await department.GetStringAsync("/staff");
        using var district = await SignedInClient.CreateAsync(factory, "changxing.xyb");
        var districtWorkbench = await district.GetStringAsync("/staff");

        var reminder = $"尚未录入 {next} 年法定节假日和调休安排";
        Assert.Equal(expected, workbench.Contains(reminder, StringComparison.Ordinal));
        Assert.Equal(expected, calendarPage.Contains(reminder, StringComparison.Ordinal));
        Assert.Equal(expected, overview.Contains(reminder, StringComparison.Ordinal));
        Assert.DoesNotContain("calendar-reminder", departmentWorkbench, StringComparison.Ordinal);
        Assert.DoesNotContain("calendar-reminder", districtWorkbench, StringComparison.Ordinal);
        if (expected)
        {
            Assert.Contains($"/repair/calendar?year={next}", workbench, StringComparison.Ordinal);
        }
    }
}
