using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.SharedKernel.Razor;
using Huzhou.Credit.SharedKernel.Time;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>The organisation home's 信用变动提醒 card: what happened to the organisation itself in the last 90 days.</summary>
internal sealed class MonitoringHomeSection(ISubjectNotices notices) : IOrganisationHomeProvider
{
    public const int Days = 90;
    private const int MaxLines = 8;

    public async Task<IReadOnlyList<OrganisationHomeSection>> SectionsAsync(long subjectId, CancellationToken cancellationToken = default)
    {
        var lines = (await notices.RecentAsync(subjectId, Days, cancellationToken)).Take(MaxLines)
            .Select(n => new OrganisationHomeLine(n.Text, null, n.Kind, n.Serious ? BadgeTone.Danger : BadgeTone.Attention,
                [new OrganisationHomeFact("发生时间", ShanghaiTime.Format(n.At))]))
            .ToList();
        return [new("home-monitoring", 5, "信用变动提醒", "bell", lines, $"近 {Days} 天本单位没有新的失信记录、名单或等级变动。", null)];
    }
}
