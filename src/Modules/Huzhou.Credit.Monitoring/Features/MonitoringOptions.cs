namespace Huzhou.Credit.Monitoring.Features;

/// <summary>Settings (<c>Monitoring:*</c>): the grouping threshold and how far back a handler reads facts.</summary>
internal sealed class MonitoringOptions
{
    /// <summary>When one event touches more than this many subjects of one set watch, the watcher gets one summary alert.</summary>
    public int GroupThreshold { get; set; } = 50;

    /// <summary>Facts older than this are not read again by a handler (a redelivery after an outage still finds its facts).</summary>
    public int LookbackDays { get; set; } = 7;

    /// <summary>A serious alert not acknowledged within this many working days (the platform calendar) is escalated once.</summary>
    public int EscalationWorkingDays { get; set; } = 3;
}
