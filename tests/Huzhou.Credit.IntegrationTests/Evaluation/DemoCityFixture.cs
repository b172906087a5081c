using System.Security.Cryptography;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.IntegrationTests.Evaluation;

/// <summary>
/// The demo city at the size <c>seed</c> makes it (<see cref="DemoSeedOptions.Demo"/>: 2,000 organisations, 5,000
/// persons) on a database of its own, seeded by every demo seeder in order exactly as <c>seed</c> does — about ten
/// seconds. The shared fixture's 200-organisation city is too small to judge a grade distribution (several fields have
/// one or two members there).
/// </summary>
public sealed class DemoCityFixture : IAsyncLifetime
{
    private PostgresServer? _server;
    private string? _name;
    private WebApplicationFactory<Program>? _host;
    private NpgsqlDataSource? _database;

    /// <summary>The demo city's database, as a superuser, for assertions.</summary>
    public NpgsqlDataSource Database => _database ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        _name = "credit_itd_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var database = await _server.CreateDatabaseAsync(_name);
        _database = NpgsqlDataSource.Create(database.Superuser);
        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("ConnectionStrings:Credit", database.App);
            b.UseSetting("ConnectionStrings:CreditOwner", database.Owner);
            b.UseSetting("Hangfire:ServerEnabled", "false");
            b.UseSetting("Database:MigrateOnStart", "true");
            b.UseSetting("Logging:Directory", Path.Combine(AppContext.BaseDirectory, "logs"));
            b.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        });
        await using var scope = _host.Services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(DemoSeedOptions.Demo, CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
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
}
