using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Repair;

/// <summary>The working-day calendar the credit office keeps in the Repair module is the one other modules get through <see cref="IWorkingDays"/>.</summary>
[Collection(CreditCollection.Name)]
public sealed class WorkingDaysTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Other_modules_count_working_days_with_the_calendar_the_credit_office_keeps()
    {
        // A Wednesday made a holiday and the Saturday after it worked instead, far from any seeded year.
        var holiday = new DateOnly(2091, 3, 7);
        var makeUp = new DateOnly(2091, 3, 10);
        Assert.Equal(DayOfWeek.Wednesday, holiday.DayOfWeek);
        Assert.Equal(DayOfWeek.Saturday, makeUp.DayOfWeek);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RepairDbContext>();
            db.CalendarDays.AddRange(
                new CalendarDay { Date = holiday, Kind = CalendarDayKind.Holiday, Name = "测试假日", UpdatedBy = "test", UpdatedAt = DateTimeOffset.UtcNow },
                new CalendarDay { Date = makeUp, Kind = CalendarDayKind.MakeUpWorkday, Name = "测试调休上班", UpdatedBy = "test", UpdatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        await using var other = factory.Services.CreateAsyncScope();
        var calendar = await other.ServiceProvider.GetRequiredService<IWorkingDays>().CalendarAsync();

        Assert.False(calendar.IsWorkingDay(holiday));
        Assert.True(calendar.IsWorkingDay(makeUp));
        // Tuesday + 3 working days: Thursday, Friday, the worked Saturday.
        Assert.Equal(makeUp, calendar.AddWorkingDays(holiday.AddDays(-1), 3));
        Assert.Equal(3, calendar.WorkingDaysBetween(holiday.AddDays(-1), makeUp));
    }
}
