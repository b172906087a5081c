using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>The hand-over of published, not withdrawn risk alerts to the public site (issue #29): newest first on <c>ix_monitoring_risk_alerts_published</c>.</summary>
internal sealed class PublishedRiskAlerts(MonitoringDbContext db) : IPublishedRiskAlerts
{
    public async Task<PagedList<PublishedRiskAlert>> LatestAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 100);
        var published = db.RiskAlerts.AsNoTracking().Where(a => a.WithdrawnAt == null);
        var total = await published.CountAsync(cancellationToken);
        var rows = await published.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<PublishedRiskAlert>(rows.Select(Public).ToList(), page, pageSize, total);
    }

    public async Task<IReadOnlyList<PublishedRiskAlert>> ForOrganisationAsync(long subjectId, CancellationToken cancellationToken = default) =>
        (await db.RiskAlerts.AsNoTracking().Where(a => a.SubjectId == subjectId && a.WithdrawnAt == null)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).ToListAsync(cancellationToken))
        .Select(Public).ToList();

    /// <summary>Only what the office wrote and the organisation's registration name and code: nothing else leaves the module.</summary>
    public static PublishedRiskAlert Public(RiskAlert a) =>
        new(a.Id, a.SubjectId, a.SubjectName, a.SubjectCode, a.DistrictCode, a.Title, a.Text, a.PublishedAt);
}
