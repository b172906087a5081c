namespace Huzhou.Credit.Contracts.Repair;

/// <summary>
/// The platform's working-day calendar (工作日), kept by the credit office in the Repair module (public holidays and the
/// weekend days worked in exchange, 调休), so that every working-day deadline — repair and objection steps, collection
/// timeliness (及时率), escalations tomorrow — counts the same days. Implemented by the Repair module.
/// </summary>
public interface IWorkingDays
{
    /// <summary>The calendar as it stands now: read it once per use case and ask it as many questions as needed.</summary>
    Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The year whose public holidays the calendar should already hold on <paramref name="today"/> but does not: from
    /// 1 November (<see cref="CalendarReminder.FromMonth"/>) the next year, when no public holiday of it has been entered;
    /// otherwise null. The calendar's maintainers are reminded of it (<see cref="CalendarReminder"/>).
    /// </summary>
    /// <param name="today">The day in Shanghai (<c>ShanghaiTime.Today(clock)</c>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<int?> MissingYearAsync(DateOnly today, CancellationToken cancellationToken = default);
}
