using Npgsql;
using Testcontainers.PostgreSql;

namespace Huzhou.Credit.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the integration tests run against: <c>CREDIT_TEST_CONNECTION</c> (a superuser
/// connection to the <c>postgres</c> database, as <c>./build.sh test</c> sets it) or, without it, a
/// <c>postgres:15</c> container started through Testcontainers. Each test run creates a database of its own
/// on it and drops it at the end, so runs never see each other's rows.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string ConnectionVariable = "CREDIT_TEST_CONNECTION";

    private readonly PostgreSqlContainer? _container;

    private PostgresServer(string adminConnectionString, PostgreSqlContainer? container)
    {
        AdminConnectionString = adminConnectionString;
        _container = container;
    }

    /// <summary>A superuser connection to the maintenance database (<c>postgres</c>).</summary>
    public string AdminConnectionString { get; }

    /// <summary>A server the caller started (a test's own cluster), reached with a superuser connection to <c>postgres</c>.</summary>
    public static PostgresServer At(string adminConnectionString) => new(adminConnectionString, null);

    public static async Task<PostgresServer> StartAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            var server = new PostgresServer(fromEnvironment, null);
            try
            {
                await server.ExecuteAsync("SELECT 1");
            }
            catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException)
            {
                throw new InvalidOperationException(
                    $"{ConnectionVariable} is set but PostgreSQL does not answer on it ({ex.Message}). " +
                    "Fix the connection string, or unset it and run ./build.sh test, which starts a database for the tests.", ex);
            }

            return server;
        }

        PostgreSqlContainer? container = null;
        try
        {
            container = new PostgreSqlBuilder("postgres:15").Build();
            await container.StartAsync();
            var connection = new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = "postgres" };
            return new PostgresServer(connection.ConnectionString, container);
        }
        catch (Exception ex)
        {
            if (container is not null)
            {
                await container.DisposeAsync();
            }

            throw new InvalidOperationException(
                $"The integration tests need PostgreSQL: {ConnectionVariable} is not set and Testcontainers could not start " +
                $"postgres:15 ({ex.GetType().Name}: {ex.Message}). Run ./build.sh test, which uses Docker when it answers and " +
                $"otherwise starts a throwaway local cluster, or set {ConnectionVariable} to a superuser connection (Database=postgres).",
                ex);
        }
    }

    /// <summary>
    /// Creates an empty UTF-8 database with byte-order collation, owned by a new role <c>{name}_owner</c>, and a role
    /// <c>{name}_app</c> for the application (docs/adr/0013): the application runs as the app role, migrations run as the
    /// owner, so a missing grant fails the tests. Role names are cluster-wide: they carry the database's random name,
    /// and <see cref="DropDatabaseAsync"/> drops them.
    /// </summary>
    public async Task<TestDatabase> CreateDatabaseAsync(string name)
    {
        EnsureSafeName(name);
        var owner = name + "_owner";
        var app = name + "_app";
        var ownerPassword = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        var appPassword = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        await ExecuteAsync($"CREATE ROLE \"{owner}\" LOGIN PASSWORD '{ownerPassword}'");
        await ExecuteAsync($"CREATE ROLE \"{app}\" LOGIN PASSWORD '{appPassword}'");
        await ExecuteAsync($"CREATE DATABASE \"{name}\" OWNER \"{owner}\" ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0");
        return new TestDatabase(
            new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString,
            new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Username = owner, Password = ownerPassword }.ConnectionString,
            new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Username = app, Password = appPassword }.ConnectionString);
    }

    /// <summary>Drops the database (even while pooled connections of the application are still open) and its two roles.</summary>
    public async Task DropDatabaseAsync(string name)
    {
        EnsureSafeName(name);
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await ExecuteAsync($"DROP ROLE IF EXISTS \"{name}_app\"");
        await ExecuteAsync($"DROP ROLE IF EXISTS \"{name}_owner\"");
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        // Pooling off: the maintenance connection must not linger and block DROP DATABASE of another run.
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static void EnsureSafeName(string name)
    {
        if (name.Length is 0 or > 63 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{name}' is not a safe database name.", nameof(name));
        }
    }
}

/// <summary>A test run's database: three connection strings to it.</summary>
/// <param name="Superuser">The cluster's superuser, for a test's own setup and assertions.</param>
/// <param name="Owner">The owner role: migrations (<c>ConnectionStrings:CreditOwner</c>).</param>
/// <param name="App">The application role (<c>ConnectionStrings:Credit</c>): rows only, audit log INSERT and SELECT.</param>
public sealed record TestDatabase(string Superuser, string Owner, string App);
