namespace Huzhou.Credit.Bench;

/// <summary>What the benches that host the app with the working directory as content root pass to it.</summary>
internal static class BenchHost
{
    /// <summary>
    /// No file watcher on the content root. These benches run from the repository root, which holds the benchmark
    /// PostgreSQL cluster (<c>.data/pg</c>): with configuration reload on, .NET watches the whole tree with inotify and
    /// its file-watcher thread handled an event for every write of the database (4 % of the machine in <c>perf</c>
    /// during the collection bench), CPU taken from the work being measured.
    /// </summary>
    public const string NoConfigReload = "--hostBuilder:reloadConfigOnChange=false";
}
