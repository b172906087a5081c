using System.Diagnostics.Metrics;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// The check path's own measurements (meter <c>Huzhou.Credit.Checks</c>), for an operator's metrics exporter and the
/// checks bench: how long each grouped statement took — the credit-status lookups of concurrent checks, and each
/// check-log batch until its commit (WAL flush included) — and how many checks each carried. A check waits for one
/// lookup statement and one log batch, so a slow one shows here before it shows in the callers' latency.
/// Recording costs next to nothing when nobody listens.
/// </summary>
internal static class CheckPathMetrics
{
    public const string MeterName = "Huzhou.Credit.Checks";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>A grouped credit-status lookup, from sending the statement to its callers answered (ms).</summary>
    public static readonly Histogram<double> LookupDuration = Meter.CreateHistogram<double>("huzhou.credit.checks.lookup.duration", "ms", "One grouped credit-status lookup, until its checks are answered");

    /// <summary>Checks whose keys went out in one lookup statement.</summary>
    public static readonly Histogram<int> LookupSize = Meter.CreateHistogram<int>("huzhou.credit.checks.lookup.size", "{check}", "Checks in one grouped lookup");

    /// <summary>A check-log batch, from sending the insert to its callers answered after the commit (ms).</summary>
    public static readonly Histogram<double> LogDuration = Meter.CreateHistogram<double>("huzhou.credit.checks.log.duration", "ms", "One check-log batch, until committed and its checks answered");

    /// <summary>Checks logged in one batch.</summary>
    public static readonly Histogram<int> LogSize = Meter.CreateHistogram<int>("huzhou.credit.checks.log.size", "{check}", "Checks in one check-log batch");
}
