using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Huzhou.Credit.IntegrationTests.BadInput;

/// <summary>
/// The built application (<c>src/Huzhou.Credit.Web/bin/&lt;configuration&gt;/net10.0/Huzhou.Credit.Web.dll</c>) in a
/// process of its own on a free loopback port, so the memory a request costs is measured on the server alone
/// (<see cref="Memory"/>: VmRSS and the kernel's high-water mark VmHWM of <c>/proc/&lt;pid&gt;/status</c>).
/// </summary>
/// <remarks>
/// Everything about how the process is started is here (the one place to adapt when the way the app connects to its
/// database changes): Development environment, the test host's connection string, no Hangfire server (batches are
/// previewed, not processed, by the corpus), migrations already applied by the in-memory test host.
/// </remarks>
internal sealed class AppProcess : IAsyncDisposable
{
    private const int OutputLines = 200;

    private readonly Process _process;
    private readonly DirectoryInfo _workDirectory;
    private readonly Queue<string> _output = new();

    private AppProcess(Process process, DirectoryInfo workDirectory, Uri baseUrl)
    {
        _process = process;
        _workDirectory = workDirectory;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The application's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote (warnings and errors only), for a failure message.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Starts the app and waits until <c>/health/live</c> answers (at most two minutes).</summary>
    public static async Task<AppProcess> StartAsync(string connectionString)
    {
        var root = RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var web = Path.Combine(root, "src", "Huzhou.Credit.Web");
        var dll = Path.Combine(web, "bin", configuration, "net10.0", "Huzhou.Credit.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build the solution ({configuration}) before running the bad-input corpus.");
        }

        var port = FreePort();
        var work = Directory.CreateTempSubdirectory("credit-badinput-");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = web,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        var environment = start.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        environment["ConnectionStrings__Credit"] = connectionString;
        environment["Database__MigrateOnStart"] = "false";
        environment["Hangfire__ServerEnabled"] = "false";
        environment["Collection__StoragePath"] = Path.Combine(work.FullName, "collection");
        environment["Logging__Directory"] = Path.Combine(work.FullName, "logs");
        environment["Serilog__MinimumLevel__Default"] = "Warning";
        environment["Dossier__PublicRequestsPerMinute"] = "100000";
        environment["Dossier__ReportsPerMinute"] = "100000";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var app = new AppProcess(process, work, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"));
        try
        {
            await app.WaitUntilLiveAsync(TimeSpan.FromMinutes(2));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>The process's resident set now and at its peak (kernel high-water mark), in bytes.</summary>
    public (long Resident, long Peak) Memory()
    {
        long resident = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id.ToString(CultureInfo.InvariantCulture)}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                resident = Kilobytes(line) * 1024;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) * 1024;
            }
        }

        return (resident, peak);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            _process.Dispose();
            try
            {
                _workDirectory.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private async Task WaitUntilLiveAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited at start with code {_process.ExitCode}:\n{RecentOutput}");
            }

            try
            {
                using var live = await client.GetAsync("health/live");
                if (live.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app did not answer /health/live within {timeout}:\n{RecentOutput}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > OutputLines)
            {
                _output.Dequeue();
            }
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Huzhou.Credit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Huzhou.Credit.sln not found above " + AppContext.BaseDirectory);
    }
}
