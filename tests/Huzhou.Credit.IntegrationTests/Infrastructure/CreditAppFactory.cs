using System.Security.Cryptography;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.IntegrationTests.Infrastructure;

/// <summary>
/// The whole platform in memory against a real PostgreSQL database of its own, shared by every test class
/// (one xunit collection), so migrations and the demo-city seed run once per test run.
/// </summary>
/// <remarks>
/// Why no reset between tests (Respawn or TRUNCATE): many tests rely on the seeded reference data and
/// demo subjects (districts, departments, accounts, organisations to look up), and re-seeding after a wipe
/// would cost more than all the tests together. Instead every test creates its own data under names and
/// codes that carry a random marker (<see cref="Unique"/>), looks only for that data, and never asserts
/// on the row count of a shared table except against a count it reads in the same test.
/// </remarks>
public sealed class CreditAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The password of every demo account (see IdentityDemoSeeder).</summary>
    public const string DemoPassword = "Huzhou@2026";

    private PostgresServer? _server;
    private string? _databaseName;
    private TestDatabase _connectionStrings = new("", "", "");
    private NpgsqlDataSource? _database;
    private netDumbster.smtp.SimpleSmtpServer? _smtp;
    private FakeIdentityProvider? _identityProvider;
    private readonly List<IAsyncDisposable> _disposeWith = [];

    /// <summary>The partner city's issuer configured as trusted (同城待遇) in this test host.</summary>
    public const string PartnerIssuer = "https://credit.jiaxing.gov.cn/integrity";

    /// <summary>The partner city's signing key (its public half is configured as the partner's JWKS).</summary>
    public System.Security.Cryptography.ECDsa PartnerKey { get; } = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);

    /// <summary>A fake SMTP server the application sends its e-mail to (Smtp:Host/Port point at it).</summary>
    public netDumbster.smtp.SimpleSmtpServer Smtp => _smtp ?? throw new InvalidOperationException("The factory has not been initialised.");

    /// <summary>The provincial identity platform stand-in (Citizens:Oidc points at it).</summary>
    public FakeIdentityProvider IdentityProvider => _identityProvider ?? throw new InvalidOperationException("The factory has not been initialised.");

    /// <summary>Connection strings of this run's database: superuser, owner role and application role.</summary>
    public TestDatabase ConnectionStrings => _connectionStrings;

    /// <summary>The connection string of the test database, as the application uses it (for a second app process).</summary>
    public string ConnectionString => _connectionStrings.App;

    /// <summary>Disposes <paramref name="resource"/> (e.g. an app process on this database) before the database is dropped.</summary>
    public void DisposeWith(IAsyncDisposable resource)
    {
        lock (_disposeWith)
        {
            _disposeWith.Add(resource);
        }
    }

    /// <summary>The test database (as a superuser), for a test's own setup and assertions on what the application stored.</summary>
    public NpgsqlDataSource Database => _database ?? throw new InvalidOperationException("The factory has not been initialised.");

    /// <summary>
    /// Waits until every integration event written so far has been handled (the projections such as the check API's
    /// credit status are current). The application dispatches them within milliseconds of the commit; a test that
    /// arranges data and then asks for a decision settles first instead of racing the dispatcher.
    /// </summary>
    public Task SettleEventsAsync() =>
        Services.GetRequiredService<Huzhou.Credit.SharedKernel.Events.OutboxDispatcher>().DrainAsync(TimeSpan.FromSeconds(30));

    async Task IAsyncLifetime.InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            _smtp = netDumbster.smtp.SimpleSmtpServer.Start(port);
        }

        _identityProvider = await FakeIdentityProvider.StartAsync();
        _databaseName = "credit_it_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        _connectionStrings = await _server.CreateDatabaseAsync(_databaseName);
        _database = NpgsqlDataSource.Create(_connectionStrings.Superuser);
        try
        {
            // Building the host runs Program: Development start-up applies every module's migrations as the owner role
            // and grants the application role its rights; the host itself connects as the application role.
            _ = Services;

            await using var scope = Services.CreateAsyncScope();
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(new DemoSeedOptions(200, 400), CancellationToken.None);
            }
        }
        catch
        {
            // xunit does not dispose a fixture whose initialisation failed: drop the database here.
            await CleanUpAsync();
            throw;
        }
    }

    Task IAsyncLifetime.DisposeAsync() => CleanUpAsync();

    private async Task CleanUpAsync()
    {
        foreach (var resource in _disposeWith)
        {
            await resource.DisposeAsync();
        }

        _disposeWith.Clear();
        await DisposeAsync();
        _smtp?.Dispose();
        _smtp = null;
        if (_identityProvider is not null)
        {
            await _identityProvider.DisposeAsync();
            _identityProvider = null;
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
            _database = null;
        }

        if (_server is not null)
        {
            if (_databaseName is not null)
            {
                await _server.DropDatabaseAsync(_databaseName);
            }

            await _server.DisposeAsync();
            _server = null;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting (not ConfigureAppConfiguration): these become host arguments, which Program sees while
        // it registers services; the connection string is read there, before Build().
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Credit", _connectionStrings.App);
        builder.UseSetting("ConnectionStrings:CreditOwner", _connectionStrings.Owner);
        builder.UseSetting("Hangfire:ServerEnabled", "false");
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Logging:Directory", Path.Combine(AppContext.BaseDirectory, "logs"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every test request comes from the same (unknown) address: generous limits here; RateLimitTests sets low ones.
        builder.UseSetting("Dossier:PublicRequestsPerMinute", "100000");
        builder.UseSetting("Dossier:ReportsPerMinute", "100000");
        // The same for the per-address sign-in, registration and API-key limits (SignInThrottlingTests runs a host with
        // low ones and a forwarded address per client); the per-name limits keep their defaults.
        builder.UseSetting("SignIn:AttemptsPerAddressPerMinute", "100000");
        builder.UseSetting("SignIn:AddressFailuresBeforeDelay", "100000");
        builder.UseSetting("SignIn:RegistrationsPerAddressPerHour", "100000");
        builder.UseSetting("SignIn:ApiKeyFailuresBeforeDelay", "100000");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", _smtp!.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:Security", "none");
        // Webhooks: the tests' receivers listen on http://127.0.0.1 (WebhookTests); every other internal address stays refused.
        builder.UseSetting("Monitoring:Webhooks:AllowHttp", "true");
        builder.UseSetting("Monitoring:Webhooks:AllowedPrivateNetworks:0", "127.0.0.1");
        builder.UseSetting("Monitoring:Webhooks:TimeoutSeconds", "3");
        builder.UseSetting("Citizens:Oidc:Authority", _identityProvider!.Authority);
        builder.UseSetting("Citizens:Oidc:ClientId", FakeIdentityProvider.ClientId);
        builder.UseSetting("Citizens:Oidc:ClientSecret", FakeIdentityProvider.ClientSecret);
        builder.UseSetting("Citizens:Oidc:RequireHttpsMetadata", "false");
        var q = PartnerKey.ExportParameters(false).Q;
        builder.UseSetting("Integrity:Partners:0:Issuer", PartnerIssuer);
        builder.UseSetting("Integrity:Partners:0:Name", "嘉兴");
        builder.UseSetting("Integrity:Partners:0:Jwks",
            $"{{\"keys\":[{{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"jx-1\",\"use\":\"sig\",\"alg\":\"ES256\",\"x\":\"{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(q.X)}\",\"y\":\"{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(q.Y)}\"}}]}}");
    }
}

[CollectionDefinition(Name)]
public sealed class CreditCollection : ICollectionFixture<CreditAppFactory>
{
    public const string Name = "Huzhou.Credit platform";
}
