using Huzhou.Credit.Monitoring.Features;

namespace Huzhou.Credit.Monitoring.Jobs;

/// <summary>
/// <c>monitoring:escalate</c> (hourly): serious alerts left unacknowledged for
/// <see cref="MonitoringOptions.EscalationWorkingDays"/> working days are escalated once (<see cref="AlertEscalation"/>).
/// </summary>
internal sealed class EscalationJob(AlertEscalation escalation, TimeProvider clock)
{
    public const string JobId = "monitoring:escalate";

    public Task<int> RunAsync(CancellationToken cancellationToken) => escalation.EscalateAsync(clock.GetUtcNow(), cancellationToken);
}
