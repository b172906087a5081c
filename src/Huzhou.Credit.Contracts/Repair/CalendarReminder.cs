using Huzhou.Credit.Contracts.Identity;

namespace Huzhou.Credit.Contracts.Repair;

/// <summary>
/// The reminder to enter next year's public holidays and 调休 in the working-day calendar: the State Council's General
/// Office usually publishes them in November, and every working-day deadline of the next year depends on them. Pure, so
/// that the calendar page, the staff workbench and the administrators' overview decide and word it the same way.
/// </summary>
public static class CalendarReminder
{
    /// <summary>The month (November) from whose first day next year's holidays are expected in the calendar.</summary>
    public const int FromMonth = 11;

    /// <summary>
    /// The year to remind of on <paramref name="today"/>: next year when it is November or December and
    /// <paramref name="nextYearHasHolidays"/> is false; otherwise null.
    /// </summary>
    /// <param name="today">The day in Shanghai.</param>
    /// <param name="nextYearHasHolidays">Whether the calendar holds at least one public holiday of <c>today.Year + 1</c>.</param>
    public static int? MissingYear(DateOnly today, bool nextYearHasHolidays) =>
        today.Month >= FromMonth && !nextYearHasHolidays ? today.Year + 1 : null;

    /// <summary>The reminder's text for <paramref name="year"/> (the missing year).</summary>
    public static string Message(int year) =>
        $"尚未录入 {year} 年法定节假日和调休安排，{year} 年的工作日期限（信用修复、异议处理、归集及时率）将只按周末计算。国务院办公厅通常于 11 月发布，请及时录入。";

    /// <summary>
    /// Whether <paramref name="staff"/> maintains the calendar (so is reminded on the workbench): the city credit office
    /// (市信用办), the same rule the calendar page applies to its changes.
    /// </summary>
    public static bool Maintains(ICurrentStaff staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return staff.IsInRole(CreditRoles.CreditOffice) && staff.IsCityLevel;
    }
}
