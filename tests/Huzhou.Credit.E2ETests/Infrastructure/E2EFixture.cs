using System.Net;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;

namespace Huzhou.Credit.E2ETests.Infrastructure;

/// <summary>
/// Shared by every end-to-end test of a run (see <see cref="E2ECollection"/>): a fresh database seeded with a
/// small demo city, the application on Kestrel at 127.0.0.1 on a free port, and one headless Chromium.
/// Tests get a new browser context each (<see cref="BrowserTest"/>), so cookies never leak between them.
/// </summary>
public sealed class E2EFixture : IAsyncLifetime
{
    /// <summary>The size of the seeded demo city: small enough to seed in seconds, big enough to search.</summary>
    public static readonly DemoSeedOptions SeedScale = new(100, 100);

    public const string ChromiumVariable = "CREDIT_CHROMIUM";
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>As the machine notes ask: no sandbox as root, and no background traffic on a closed network.</summary>
    internal static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private E2EDatabase? _database;
    private CreditWebApplicationFactory? _factory;
    private NpgsqlDataSource? _dataSource;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri? _baseUrl;

    /// <summary>Where screenshots, traces and the app's log files of failed runs go: <c>artifacts/e2e</c> in the repository.</summary>
    public static string ArtifactsDirectory { get; } = Path.Combine(RepositoryRoot(), "artifacts", "e2e");

    /// <summary>The application's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl => _baseUrl ?? throw NotStarted();

    public IBrowser Browser => _browser ?? throw NotStarted();

    /// <summary>The application's services, for arranging data or invoking a job directly.</summary>
    public IServiceProvider Services => (_factory ?? throw NotStarted()).Services;

    /// <summary>The connection string of this run's database.</summary>
    public string ConnectionString => (_database ?? throw NotStarted()).ConnectionString;

    /// <summary>An absolute URL for a path of the application, for exact URL assertions.</summary>
    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    /// <summary>A connection to this run's database, for looking up seeded data (read-only by convention).</summary>
    public ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        (_dataSource ?? throw NotStarted()).OpenConnectionAsync(cancellationToken);

    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync(CancellationToken.None);
        }
        catch
        {
            // Clean up at once (disposing twice is harmless): a failed start never leaves a database behind.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }

        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
            _dataSource = null;
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
            _database = null;
        }
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        // Fail fast on a missing browser, before any database work.
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured ? configured : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {chromium}. Install Debian's (apt-get install -y chromium fonts-noto-cjk), " +
                $"set {ChromiumVariable}, or run ./build.sh test, which installs it. Playwright's own browsers are never downloaded.");
        }

        Directory.CreateDirectory(ArtifactsDirectory);
        _database = await E2EDatabase.CreateAsync(cancellationToken);
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);

        _factory = new CreditWebApplicationFactory(_database.AppConnectionString, _database.OwnerConnectionString, Path.Combine(ArtifactsDirectory, "logs"));
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        // Start-up migrates the database synchronously: keep it off xunit's limited synchronization context.
        await Task.Run(_factory.StartServer, cancellationToken);
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        _baseUrl = new Uri(address.EndsWith('/') ? address : address + "/");

        await SeedAsync(cancellationToken);

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        // A 2-core machine building in parallel can be slow to answer the first request of a view.
        Assertions.SetDefaultExpectTimeout(10_000);
    }

    /// <summary>What <c>Program seed</c> does, at <see cref="SeedScale"/>: every module's seeder in order.</summary>
    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = Services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(SeedScale, cancellationToken);
        }
    }

    private static InvalidOperationException NotStarted() => new("The end-to-end fixture has not started (or failed to start).");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Huzhou.Credit.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
