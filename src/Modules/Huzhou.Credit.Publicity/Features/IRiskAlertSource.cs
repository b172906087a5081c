namespace Huzhou.Credit.Publicity.Features;

/// <summary>
/// The integration point of the 风险提示 column: risk alerts the credit office publishes in the monitoring module are
/// shown on the column's first page beside its articles. Today it is <see cref="NoRiskAlerts"/>; when the monitoring
/// module's contract for published risk alerts is merged (planned as <c>Contracts/Monitoring/IPublishedRiskAlerts</c>),
/// an adapter over it replaces this registration in <c>PublicityModule</c> (docs/modules/publicity.md).
/// </summary>
internal interface IRiskAlertSource
{
    Task<IReadOnlyList<PublishedRiskAlert>> NewestAsync(int count, CancellationToken cancellationToken);
}
