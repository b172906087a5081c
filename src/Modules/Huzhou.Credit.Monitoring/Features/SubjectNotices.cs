using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Jobs;
using Huzhou.Credit.SharedKernel.Time;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// A subject's own notices, read on demand from the owning modules' change contracts (organisations and citizens watch
/// themselves without a stored watch: nothing to keep in step, nothing to deduplicate), including the day a bad record
/// became repairable (<see cref="IRepairableDays"/>: its minimum publicity period ended within the days asked).
/// </summary>
internal sealed class SubjectNotices(FactReader reader, IRepairableDays repairable, TimeProvider clock) : ISubjectNotices
{
    public async Task<IReadOnlyList<SubjectNotice>> RecentAsync(long subjectId, int days, CancellationToken cancellationToken = default)
    {
        days = Math.Clamp(days, 1, 366);
        var now = clock.GetUtcNow();
        var facts = (await reader.AllAsync([subjectId], now.AddDays(-days), cancellationToken)).ToList();
        var today = ShanghaiTime.Today(clock);
        facts.AddRange((await repairable.ForSubjectAsync(subjectId, today.AddDays(-days), today, cancellationToken))
            .Select(r => RepairableDayJob.Fact(r, ShanghaiTime.StartOfDay(r.MinimumEnd))));
        return facts.Where(f => f.Trigger != AlertTrigger.PendingSubjectCreated)
            .OrderByDescending(f => f.OccurredAt)
            .Select(f => new SubjectNotice(AlertTriggers.Name(f.Trigger), f.Detail is null ? f.Title : $"{f.Title}（{f.Detail}）", f.Serious, f.OccurredAt))
            .ToList();
    }
}
