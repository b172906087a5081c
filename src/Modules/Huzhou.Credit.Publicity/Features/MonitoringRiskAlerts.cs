using Huzhou.Credit.Contracts.Monitoring;

namespace Huzhou.Credit.Publicity.Features;

/// <summary>
/// The 风险提示 column's alerts: the risk alerts the city credit office published in the monitoring module and has not
/// withdrawn (<see cref="IPublishedRiskAlerts"/>), newest first, each linking to the organisation's public dossier (the title names the organisation when the office's title
/// does not).
/// </summary>
internal sealed class MonitoringRiskAlerts(IPublishedRiskAlerts published) : IRiskAlertSource
{
    public async Task<IReadOnlyList<PublishedRiskAlert>> NewestAsync(int count, CancellationToken cancellationToken)
    {
        var page = await published.LatestAsync(1, Math.Clamp(count, 1, 100), cancellationToken);
        return page.Items
            .Select(a => new PublishedRiskAlert(
                a.Title.Contains(a.OrganisationName, StringComparison.Ordinal) ? a.Title : $"{a.OrganisationName}：{a.Title}",
                a.Text,
                a.PublishedAt,
                "/public/dossier/" + a.CreditCode))
            .ToList();
    }
}
