namespace Huzhou.Credit.Contracts.Repair;

/// <summary>
/// The platform's working-day calendar (工作日), kept by the credit office in the Repair module (public holidays and the
/// weekend days worked in exchange, 调休), so that every working-day deadline — repair and objection steps today,
/// collection timeliness or escalations tomorrow — counts the same days. Implemented by the Repair module.
/// </summary>
public interface IWorkingDays
{
    /// <summary>The calendar as it stands now: read it once per use case and ask it as many questions as needed.</summary>
    Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken = default);
}
