using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// A subject's own notices, read on demand from the owning modules' change contracts (organisations and citizens watch
/// themselves without a stored watch: nothing to keep in step, nothing to deduplicate).
/// </summary>
internal sealed class SubjectNotices(FactReader reader, TimeProvider clock) : ISubjectNotices
{
    public async Task<IReadOnlyList<SubjectNotice>> RecentAsync(long subjectId, int days, CancellationToken cancellationToken = default)
    {
        var facts = await reader.AllAsync([subjectId], clock.GetUtcNow().AddDays(-Math.Clamp(days, 1, 366)), cancellationToken);
        return facts.Where(f => f.Trigger != AlertTrigger.PendingSubjectCreated)
            .OrderByDescending(f => f.OccurredAt)
            .Select(f => new SubjectNotice(AlertTriggers.Name(f.Trigger), f.Detail is null ? f.Title : $"{f.Title}（{f.Detail}）", f.Serious, f.OccurredAt))
            .ToList();
    }
}
