namespace Huzhou.Credit.Publicity.Features;

/// <summary>The risk-alert source until the monitoring module hands published alerts over (see <see cref="IRiskAlertSource"/>).</summary>
internal sealed class NoRiskAlerts : IRiskAlertSource
{
    public Task<IReadOnlyList<PublishedRiskAlert>> NewestAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PublishedRiskAlert>>([]);
}
