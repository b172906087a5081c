namespace Huzhou.Credit.Publicity.Features;

/// <summary>
/// The integration point of the 风险提示 column: risk alerts the credit office publishes in the monitoring module are
/// shown on the column's first page beside its articles, read through <see cref="MonitoringRiskAlerts"/> (the contract
/// <c>Contracts/Monitoring/IPublishedRiskAlerts</c>) on every request, outside the column's cache.
/// </summary>
internal interface IRiskAlertSource
{
    Task<IReadOnlyList<PublishedRiskAlert>> NewestAsync(int count, CancellationToken cancellationToken);
}
