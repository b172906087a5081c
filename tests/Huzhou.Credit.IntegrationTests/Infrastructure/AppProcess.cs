using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Huzhou.Credit.IntegrationTests.Infrastructure;

/// <summary>
/// The built application (<c>src/Huzhou.Credit.Web/bin/&lt;configuration&gt;/net10.0/Huzhou.Credit.Web.dll</c>) in a process
/// of its own against a test database, on a free loopback port: for tests that kill it as an operator's SIGKILL would
/// (<see cref="KillAsync"/>) and start it again, and for the bad-input corpus, which measures the memory a request costs on
/// the server alone (<see cref="Memory"/>: VmRSS and the kernel's high-water mark VmHWM of <c>/proc/&lt;pid&gt;/status</c>).
/// </summary>
/// <remarks>
/// Everything about how the process is started is here: Development environment, the application role's connection string
/// (the in-process test host has already migrated the database as the owner, so the process does not migrate), uploads and
/// logs in a temporary folder of its own, the per-address limits raised as in the test host (every request comes from one
/// address). A test adds or overrides settings (e.g. <c>Hangfire:ServerEnabled</c>).
/// </remarks>
public sealed class AppProcess : IAsyncDisposable
{
    private const int OutputLines = 200;

    private readonly Process _process;
    private readonly DirectoryInfo _workDirectory;
    private readonly Queue<string> _output = new();

    private AppProcess(Process process, DirectoryInfo workDirectory, Uri address)
    {
        _process = process;
        _workDirectory = workDirectory;
        Address = address;
    }

    /// <summary>The application's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote (stdout and stderr), for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>The built application's main assembly, of the configuration the tests were built in.</summary>
    public static string ApplicationPath
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
            var path = Path.Combine(RepositoryRoot(), "src", "Huzhou.Credit.Web", "bin", configuration, "net10.0", "Huzhou.Credit.Web.dll");
            return File.Exists(path) ? path : throw new InvalidOperationException($"The application is not built: {path} (dotnet build -c {configuration}).");
        }
    }

    /// <summary>
    /// Starts the application with <paramref name="settings"/> (configuration keys, <c>:</c> or <c>__</c>) over the defaults
    /// and waits until it answers <c>/health/live</c>.
    /// </summary>
    public static async Task<AppProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null, TimeSpan? startTimeout = null)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var work = Directory.CreateTempSubdirectory("credit-app-");
        var start = StartInfo(connectionString, settings, work, address, []);
        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, work, address);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilLiveAsync(startTimeout ?? TimeSpan.FromMinutes(2));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>
    /// Runs one of the application's commands (<c>migrate</c>, <c>seed --scale N</c>) to its end, as an operator would;
    /// returns its exit code and last output lines.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(
        string connectionString, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? settings = null, TimeSpan? timeout = null)
    {
        var work = Directory.CreateTempSubdirectory("credit-app-");
        var app = new AppProcess(new Process { StartInfo = StartInfo(connectionString, settings, work, new Uri("http://127.0.0.1:1/"), arguments) }, work, new Uri("http://127.0.0.1:1/"));
        await using (app)
        {
            app._process.OutputDataReceived += (_, e) => app.Keep(e.Data);
            app._process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
            app._process.Start();
            app._process.BeginOutputReadLine();
            app._process.BeginErrorReadLine();
            await app._process.WaitForExitAsync().WaitAsync(timeout ?? TimeSpan.FromMinutes(5));
            return (app._process.ExitCode, app.Output);
        }
    }

    private static ProcessStartInfo StartInfo(
        string connectionString, IReadOnlyDictionary<string, string>? settings, DirectoryInfo work, Uri address, IReadOnlyList<string> arguments)
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Huzhou.Credit.Web");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = web,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(ApplicationPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var defaults = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/'),
            ["ConnectionStrings:Credit"] = connectionString,
            ["Database:MigrateOnStart"] = "false",
            ["Hangfire:ServerEnabled"] = "false",
            ["Collection:StoragePath"] = Path.Combine(work.FullName, "collection"),
            ["Logging:Directory"] = Path.Combine(work.FullName, "logs"),
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Dossier:PublicRequestsPerMinute"] = "100000",
            ["Dossier:ReportsPerMinute"] = "100000",
            ["SignIn:AttemptsPerAddressPerMinute"] = "100000",
            ["SignIn:AddressFailuresBeforeDelay"] = "100000",
            ["SignIn:RegistrationsPerAddressPerHour"] = "100000",
            ["SignIn:ApiKeyFailuresBeforeDelay"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            defaults[key.Replace("__", ":", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in defaults)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
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

    /// <summary>SIGKILL, as an operator's <c>kill -9</c> or the kernel's OOM killer: no shutdown, no cleanup.</summary>
    public async Task KillAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        try
        {
            _workDirectory.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task WaitUntilLiveAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The application exited ({_process.ExitCode}) while starting:\n{Output}");
            }

            try
            {
                using var live = await client.GetAsync(new Uri("health/live", UriKind.Relative));
                if (live.StatusCode == HttpStatusCode.OK)
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

            await Task.Delay(200);
        }

        throw new TimeoutException($"The application did not answer /health/live within {timeout.TotalSeconds:0} s:\n{Output}");
    }

    private void Keep(string? line)
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

    internal static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
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
