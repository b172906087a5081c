using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Models;

/// <summary>The published risk alerts as the public site will receive them (<see cref="IPublishedRiskAlerts"/>).</summary>
internal sealed record PublishedRiskAlertsViewModel(PagedList<PublishedRiskAlert> Alerts);
