using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using Huzhou.Credit.Sanctions.Features;

namespace Huzhou.Credit.Bench;

/// <summary>
/// Listens to the check path's meter (<see cref="CheckPathMetrics"/>) in the bench process, which hosts the app, and
/// summarises the measured run: how many checks each grouped lookup and each log batch carried and how long they
/// took (the slowest ones are where a stall of the whole path shows first).
/// </summary>
internal sealed class CheckPathRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, List<double>> _values = new(StringComparer.Ordinal);
    private volatile bool _recording;

    public CheckPathRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CheckPathMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Add(instrument.Name, value));
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Add(instrument.Name, value));
        _listener.Start();
    }

    public void Start()
    {
        _values.Clear();
        _recording = true;
    }

    public void Stop() => _recording = false;

    /// <summary>One line per grouped statement kind: statements, checks per statement, duration p50 / p99 / max, and how many took over 50 ms.</summary>
    public IEnumerable<string> Summary()
    {
        foreach (var (label, prefix) in new[] { ("lookups", "huzhou.credit.checks.lookup"), ("log batches", "huzhou.credit.checks.log") })
        {
            var durations = Sorted(prefix + ".duration");
            var sizes = Sorted(prefix + ".size");
            if (durations.Length == 0)
            {
                yield return $"{label}: none recorded";
                continue;
            }

            yield return string.Create(CultureInfo.InvariantCulture,
                $"{label}: {durations.Length:N0} statements, {sizes.Average():0.0} checks each (max {sizes[^1]:0}); duration p50 {Percentile(durations, 0.50):0.00} ms, p99 {Percentile(durations, 0.99):0.00} ms, max {durations[^1]:0.0} ms, {durations.Count(d => d > 50):N0} over 50 ms");
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Add(string name, double value)
    {
        if (!_recording)
        {
            return;
        }

        var list = _values.GetOrAdd(name, _ => []);
        lock (list)
        {
            list.Add(value);
        }
    }

    private double[] Sorted(string name)
    {
        if (!_values.TryGetValue(name, out var list))
        {
            return [];
        }

        double[] copy;
        lock (list)
        {
            copy = [.. list];
        }

        Array.Sort(copy);
        return copy;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
