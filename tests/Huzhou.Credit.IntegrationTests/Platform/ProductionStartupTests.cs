using System.Net;
using System.Security.Cryptography;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>
/// In the Production environment the application refuses to start (the reason in the exception and a fatal log line)
/// with the published demo keys, without key-ring encryption, with demo accounts that still have the demo password, or
/// when it connects as a role that can change the audit log. The shared test database is seeded with the demo accounts.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class ProductionStartupRefusalTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Demo_accounts_with_the_demo_password_refuse_a_production_start()
    {
        var failure = await StartFailureAsync(_ => { });

        Assert.Contains("demo accounts with the demo password are present", failure, StringComparison.Ordinal);
        Assert.Contains("admin", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Credit:PersonalData:EncryptionKey", "REVNTy1PTkxZLWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM=", "Credit:PersonalData:EncryptionKey is a published demo key")]
    [InlineData("Credit:PersonalData:BlindIndexKey", "ZGVtby1vbmx5LWJsaW5kLWluZGV4LWtleS0zMmJ5dGU=", "Credit:PersonalData:BlindIndexKey is a published demo key")]
    [InlineData("Credit:DataProtection:KeyEncryptionKey", "ZGVtby1vbmx5LWRhdGEtcHJvdGVjdGlvbi1rZXktMzI=", "Credit:DataProtection:KeyEncryptionKey is a published demo key")]
    [InlineData("Credit:DataProtection:KeyEncryptionKey", "", "Credit:DataProtection:KeyEncryptionKey is not set")]
    public async Task Demo_or_missing_keys_refuse_a_production_start(string setting, string value, string reason)
    {
        var failure = await StartFailureAsync(b => b.UseSetting(setting, value));

        Assert.Contains(reason, failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_superuser_connection_refuses_a_production_start()
    {
        var failure = await StartFailureAsync(b => b.UseSetting("ConnectionStrings:Credit", factory.ConnectionStrings.Superuser));

        Assert.Contains("is a superuser", failure, StringComparison.Ordinal);
    }

    private async Task<string> StartFailureAsync(Action<IWebHostBuilder> configure)
    {
        await using var host = factory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            ProductionHostFixture.OwnSecrets(b);
            configure(b);
        });
        var failure = Record.Exception(() => host.Services);
        Assert.NotNull(failure);
        return failure.ToString();
    }
}

/// <summary>
/// A Production host on a database of its own (no demo city; the staff accounts' passwords changed), behind a
/// TLS-terminating proxy at <see cref="ProductionHostFixture.KnownProxy"/>: HSTS and Secure cookies when the proxy says the request was HTTPS,
/// neither when someone else says so.
/// </summary>
/// <remarks>In the shared collection although its host has a database of its own: hosts of <c>Program</c> started at the
/// same moment in one process take each other's place (“The entry point exited without ever building an IHost”), which
/// failed either this fixture or the shared one when both started together.</remarks>
[Collection(CreditCollection.Name)]
public sealed class ProductionHostTests(ProductionHostFixture fixture) : IClassFixture<ProductionHostFixture>
{
    [Fact]
    public async Task Https_through_the_known_proxy_gets_HSTS_and_secure_antiforgery_and_sign_in_cookies()
    {
        using var client = fixture.Client();

        using var login = await client.SendAsync(Request(HttpMethod.Get, "/account/login", ProductionHostFixture.KnownProxy));

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.True(login.Headers.Contains("Strict-Transport-Security"), "no HSTS header on an HTTPS request through the known proxy");
        var antiforgery = Assert.Single(SetCookies(login), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        var token = HtmlPages.AntiforgeryToken(await HtmlPages.ParseAsync(login));
        var post = Request(HttpMethod.Post, "/account/login", ProductionHostFixture.KnownProxy);
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = ProductionHostFixture.StaffPassword,
            [HtmlPages.AntiforgeryField] = token,
        });
        using var signedIn = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = Assert.Single(SetCookies(signedIn), c => c.StartsWith("hzc.auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task X_Forwarded_Proto_from_an_unknown_address_is_not_believed()
    {
        using var client = fixture.Client();

        using var login = await client.SendAsync(Request(HttpMethod.Get, "/account/login", "10.0.0.9"));

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.False(login.Headers.Contains("Strict-Transport-Security"));
        var antiforgery = Assert.Single(SetCookies(login), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.DoesNotContain("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_key_ring_is_stored_encrypted_with_no_master_key_in_clear()
    {
        using var client = fixture.Client();
        using (var login = await client.SendAsync(Request(HttpMethod.Get, "/account/login", ProductionHostFixture.KnownProxy)))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        await using var data = NpgsqlDataSource.Create(fixture.Database.Superuser);
        var keys = new List<string>();
        await using (var command = data.CreateCommand("SELECT xml FROM credit.data_protection_keys"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                keys.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string peer)
    {
        var request = new HttpRequestMessage(method, path);
        // Not "localhost": HSTS is never sent to it.
        request.Headers.Host = "credit.huzhou.example";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add(ProductionHostFixture.PeerHeader, peer);
        return request;
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}

/// <summary>The Production host of <see cref="ProductionHostTests"/> and its database.</summary>
public sealed class ProductionHostFixture : IAsyncLifetime
{
    public const string KnownProxy = "10.0.0.5";

    /// <summary>The peer address the test server reports for a request (TestServer has none of its own).</summary>
    public const string PeerHeader = "X-Test-Peer";

    public const string StaffPassword = "Prod-Only@2026!";

    private PostgresServer? _server;
    private string? _name;
    private WebApplicationFactory<Program>? _host;

    public TestDatabase Database { get; private set; } = new("", "", "");

    public HttpClient Client() =>
        (_host ?? throw new InvalidOperationException("The fixture has not started.")).CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
        });

    /// <summary>Keys of this test run only: neither missing nor one of the published demo keys.</summary>
    public static void OwnSecrets(IWebHostBuilder builder)
    {
        builder.UseSetting("Credit:PersonalData:EncryptionKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Credit:PersonalData:BlindIndexKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Credit:DataProtection:KeyEncryptionKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        _name = "credit_itp_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        Database = await _server.CreateDatabaseAsync(_name);

        // Migrated (as the owner) by a development start; reference data and staff accounts from the identity seeder,
        // whose passwords are then changed: no account keeps the demo password.
        await using (var development = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
                     {
                         Common(b);
                         b.UseEnvironment("Development");
                         b.UseSetting("Database:MigrateOnStart", "true");
                     }))
        {
            await using var scope = development.Services.CreateAsyncScope();
            var identity = scope.ServiceProvider.GetServices<IDemoSeeder>().Single(s => s.GetType().Name == "IdentityDemoSeeder");
            await identity.SeedAsync(DemoSeedOptions.None, CancellationToken.None);
        }

        await using (var data = NpgsqlDataSource.Create(Database.Superuser))
        {
            await data.ExecuteAsync("UPDATE credit.staff_users SET password_hash = $1",
                new PasswordHasher<object>().HashPassword(new object(), StaffPassword));
        }

        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            Common(b);
            b.UseEnvironment("Production");
            OwnSecrets(b);
            b.UseSetting("ReverseProxy:KnownProxies", KnownProxy);
            b.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerAddressFilter>());
        });
        _ = _host.Services;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_server is not null)
        {
            if (_name is not null)
            {
                await _server.DropDatabaseAsync(_name);
            }

            await _server.DisposeAsync();
        }
    }

    private void Common(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Credit", Database.App);
        builder.UseSetting("ConnectionStrings:CreditOwner", Database.Owner);
        builder.UseSetting("Hangfire:ServerEnabled", "false");
        builder.UseSetting("Logging:Directory", Path.Combine(AppContext.BaseDirectory, "logs"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    /// <summary>Gives each request the peer address named in <see cref="PeerHeader"/>, before the forwarded-headers middleware.</summary>
    private sealed class PeerAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[PeerHeader].FirstOrDefault() ?? KnownProxy);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
