using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Huzhou.Credit.IntegrationTests.Infrastructure;

/// <summary>
/// The built application (<c>src/Huzhou.Credit.Web/bin/Release/net10.0/Huzhou.Credit.Web.dll</c>) started in a process of
/// its own against a test database, on a free port, with its Hangfire servers running — for tests that kill it as an
/// operator's SIGKILL would (<see cref="KillAsync"/>) and start it again. Its output is kept (the last lines) for the
/// assertion messages.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>The last lines the process wrote (stdout and stderr).</summary>
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

    /// <summary>The built application's main assembly; the CI builds the solution before the tests.</summary>
    public static string ApplicationPath
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Huzhou.Credit.sln")))
            {
                directory = directory.Parent;
            }

            var path = Path.Combine(directory?.FullName ?? ".", "src", "Huzhou.Credit.Web", "bin", "Release", "net10.0", "Huzhou.Credit.Web.dll");
            return File.Exists(path) ? path : throw new InvalidOperationException($"The application is not built: {path} (dotnet build -c Release).");
        }
    }

    /// <summary>Starts the application with <paramref name="settings"/> (configuration keys, <c>:</c> or <c>__</c>) and waits until it answers <c>/health/live</c>.</summary>
    public static async Task<AppProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string> settings, TimeSpan? startTimeout = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        start.ArgumentList.Add(ApplicationPath);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ConnectionStrings__Credit"] = connectionString;
        start.Environment["Hangfire__ServerEnabled"] = "true";
        start.Environment["Serilog__MinimumLevel__Default"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, address);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < (startTimeout ?? TimeSpan.FromSeconds(60)))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The application exited ({process.ExitCode}) while starting:\n{app.Output}");
            }

            try
            {
                using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (live.StatusCode == HttpStatusCode.OK)
                {
                    return app;
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

        await app.DisposeAsync();
        throw new TimeoutException($"The application did not answer /health/live within {deadline.Elapsed.TotalSeconds:0} s:\n{app.Output}");
    }

    /// <summary>SIGKILL, as an operator's <c>kill -9</c> or the kernel's OOM killer: no shutdown, no cleanup.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
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
            while (_output.Count > 200)
            {
                _output.Dequeue();
            }
        }
    }
}
