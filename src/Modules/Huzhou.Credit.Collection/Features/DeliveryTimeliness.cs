using Huzhou.Credit.Contracts.Repair;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// 及时率 of one delivery: a record is timely when no more than <see cref="CollectionOptions.TimelinessDays"/> working days
/// (the platform's calendar: weekends and public holidays off, 调休 weekend days worked) lie between its decision date and
/// the day it is delivered. A batch's rows share a few hundred decision dates at most, so each distinct date is counted
/// once and remembered: a million-row file costs a dictionary look-up per row. A record decided more than
/// <see cref="HistoryYears"/> year before the delivery is older history (a department sending its back catalogue): it is
/// counted apart and stays out of 及时率 and the average delay, which measure how fast new decisions arrive.
/// </summary>
internal sealed class DeliveryTimeliness(WorkingDayCalendar calendar, DateOnly deliveredOn, int limitWorkingDays)
{
    /// <summary>Records decided more than this many years before their delivery are older history.</summary>
    public const int HistoryYears = 1;

    private readonly Dictionary<DateOnly, int> _delays = [];

    /// <summary>The first decision date that is not older history for this delivery.</summary>
    public DateOnly HistoryBefore { get; } = deliveredOn.AddYears(-HistoryYears);

    /// <summary>Whether a record decided on <paramref name="decisionDate"/> is older history (outside the timeliness figures).</summary>
    public bool IsHistory(DateOnly decisionDate) => decisionDate < HistoryBefore;

    /// <summary>The working days after <paramref name="decisionDate"/> up to and including the delivery day (0 for a decision made that day).</summary>
    public int DelayOf(DateOnly decisionDate)
    {
        if (!_delays.TryGetValue(decisionDate, out var delay))
        {
            _delays[decisionDate] = delay = Math.Max(0, calendar.WorkingDaysBetween(decisionDate, deliveredOn));
        }

        return delay;
    }

    /// <summary>Whether a record decided on <paramref name="decisionDate"/> is delivered in time.</summary>
    public bool IsTimely(DateOnly decisionDate) => DelayOf(decisionDate) <= limitWorkingDays;
}
