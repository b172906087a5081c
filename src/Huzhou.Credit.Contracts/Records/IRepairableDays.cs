namespace Huzhou.Credit.Contracts.Records;

/// <summary>
/// "The day a penalty becomes repairable": bad records still in publicity whose minimum publicity period
/// (<see cref="RepairableRecord.MinimumEnd"/>) ends within a span of days. Implemented by the Subjects module over a partial
/// index, for the monitoring alerts and the subject's own notices.
/// </summary>
public interface IRepairableDays
{
    /// <summary>
    /// Active bad records whose minimum publicity period ends on a day from <paramref name="from"/> to <paramref name="to"/>
    /// (both included), ordered by (subject, record) after the key (<paramref name="afterSubjectId"/>, <paramref name="afterRecordId"/>),
    /// at most <paramref name="take"/> (keyset paging: pass the last row's ids for the next page).
    /// </summary>
    Task<IReadOnlyList<RepairableDayFact>> BecomingRepairableAsync(DateOnly from, DateOnly to, long afterSubjectId, long afterRecordId, int take, CancellationToken cancellationToken = default);

    /// <summary>The same for one subject (its own notices): its records whose minimum period ends from <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<RepairableDayFact>> ForSubjectAsync(long subjectId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
