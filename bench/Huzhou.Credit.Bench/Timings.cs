using System.Globalization;

namespace Huzhou.Credit.Bench;

/// <summary>Measured durations of one scenario, with what each measurement was (for the slowest ones).</summary>
internal sealed class Timings(string scenario)
{
    private readonly List<(double Ms, string What)> _samples = [];

    public string Scenario { get; } = scenario;

    public int Count => _samples.Count;

    public void Add(double ms, string what) => _samples.Add((ms, what));

    public void AddRange(Timings other) => _samples.AddRange(other._samples);

    /// <summary>Nearest-rank percentile (p in 0..100).</summary>
    public double Percentile(double p)
    {
        if (_samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _samples.Select(s => s.Ms).Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public IEnumerable<(double Ms, string What)> Slowest(int n) => _samples.OrderByDescending(s => s.Ms).Take(n);

    public static string Header => "| scenario | n | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|";

    public string Row() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Scenario} | {Count} | {Percentile(50):0.00} | {Percentile(95):0.00} | {Percentile(99):0.00} | {Percentile(100):0.00} |");
}

/// <summary>How busy the whole machine was while a scenario ran (from /proc/stat), to tell the scenario's own load from others'.</summary>
internal sealed class CpuSample
{
    private readonly (long Busy, long Total) _start = Read();
    private readonly TimeSpan _processStart = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long _wallStart = System.Diagnostics.Stopwatch.GetTimestamp();

    public string Describe()
    {
        var (busy, total) = Read();
        var wall = System.Diagnostics.Stopwatch.GetElapsedTime(_wallStart).TotalSeconds;
        var process = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - _processStart).TotalSeconds;
        var machine = total == _start.Total ? double.NaN : 100.0 * (busy - _start.Busy) / (total - _start.Total);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"machine CPU busy {machine:0}% of {Environment.ProcessorCount} cores over {wall:0} s (this bench process, app included: {100 * process / wall / Environment.ProcessorCount:0}%; PostgreSQL and everything else: the rest); load average {PortalBench.LoadAverage()}");
    }

    private static (long Busy, long Total) Read()
    {
        var fields = ProcStat.MachineTicks();
        var total = fields.Take(8).Sum();
        return fields.Length == 0 ? (0, 0) : (total - fields[3] - fields[4], total);
    }
}

/// <summary>
/// The bench process's CPU time over the pipeline, per million rows, and the share of the machine's time the
/// hypervisor stole meanwhile (a run with much steal is not comparable with a quiet one).
/// </summary>
internal sealed class PipelineCpu
{
    private readonly TimeSpan _processStart = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    private readonly (long Steal, long Total) _start = Read();

    public string Describe(long rows)
    {
        var process = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - _processStart).TotalSeconds;
        var (steal, total) = Read();
        var stolen = total == _start.Total ? double.NaN : 100.0 * (steal - _start.Steal) / (total - _start.Total);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"cpu: bench process {process:0.0} s over the pipeline ({process * 1_000_000 / rows:0.0} s per million rows); steal {stolen:0.0}% of the machine's time");
    }

    private static (long Steal, long Total) Read()
    {
        var fields = ProcStat.MachineTicks();
        return fields.Length == 0 ? (0, 0) : (fields.Length > 7 ? fields[7] : 0, fields.Take(8).Sum());
    }
}

/// <summary>The machine's CPU time from <c>/proc/stat</c>, for the benches' CPU reports.</summary>
internal static class ProcStat
{
    /// <summary>
    /// The jiffies of the first line — user, nice, system, idle, iowait, irq, softirq, steal, … — summed over all
    /// cores; empty where there is no <c>/proc/stat</c>.
    /// </summary>
    public static long[] MachineTicks() =>
        File.Exists("/proc/stat")
            ? File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray()
            : [];
}
